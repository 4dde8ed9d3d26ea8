import { KoukaError } from "../errors.js";
import type { InputItem } from "./input-item.js";

/**
 * One item per non-blank line of a decoded JSONL file, in order. A bad line becomes an
 * error item at `where:line` (1-based, blank lines counted) and the other lines go on,
 * so one broken record never hides a whole corpus.
 */
export function* parseJsonl(text: string, where: string): Generator<InputItem> {
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
    start = end + 1;
    if (line.trim() === "") continue;
    yield parseRecord(line, `${where}:${lineNo}`);
  }
}

function parseRecord(line: string, where: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return bad(where, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return bad(where, 'expected a JSON object with "id" and "text"');
  }
  const record = value as Record<string, unknown>;
  const id = record["id"];
  const text = record["text"];
  if (id === undefined || id === null) return bad(where, 'missing "id"');
  if (typeof id !== "string" && typeof id !== "number") return bad(where, '"id" must be a string or a number');
  if (id === "") return bad(where, '"id" is empty');
  if (text === undefined || text === null) return bad(where, 'missing "text"');
  if (typeof text !== "string") return bad(where, '"text" must be a string');
  const meta: Record<string, string> = {};
  for (const [key, v] of Object.entries(record)) {
    if (key !== "id" && key !== "text" && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) meta[key] = String(v);
  }
  return { kind: "document", id: String(id), text, source: where, ...(Object.keys(meta).length > 0 ? { meta } : {}) };
}

function bad(where: string, message: string): InputItem {
  return { kind: "error", error: new KoukaError("INPUT_JSONL", where, message) };
}

import { decodeBytes, type InputEncoding } from "../input/decode-bytes.js";
import { jsonStringText } from "./json-string-text.js";
import type { Meta, ReadItem } from "./read-document.js";
import type { RecordOptions } from "./record-options.js";
import { scanJsonFields, type JsonSpan } from "./scan-json-fields.js";

/**
 * One document per non-blank line of a JSONL (NDJSON) file, each an object whose
 * `textField` holds the text (DESIGN.md "Input formats"). A line that cannot be decoded
 * or parsed, or has no text, is an error at its line and the other lines go on. The file
 * is decoded whole; only when that fails is it decoded line by line, so one bad line
 * does not lose the others (a file where no line can be read is one error).
 */
export function* readJsonl(bytes: Uint8Array, encoding: InputEncoding, options: RecordOptions): Generator<ReadItem> {
  const whole = decodeBytes(bytes, encoding);
  if (whole.ok) {
    let lineNo = 0;
    let start = 0;
    const text = whole.text;
    while (start <= text.length) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      lineNo++;
      const line = text.slice(start, end > start && text[end - 1] === "\r" ? end - 1 : end);
      start = end + 1;
      if (line.trim() !== "") yield readRecord(line, lineNo, options);
    }
    return;
  }
  const items = [...decodeByLine(bytes, encoding, options)];
  if (!items.some((item) => item.kind === "document")) yield { kind: "error", message: whole.reason, cause: whole.kind };
  else yield* items;
}

function* decodeByLine(bytes: Uint8Array, encoding: InputEncoding, options: RecordOptions): Generator<ReadItem> {
  let lineNo = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    lineNo++;
    const lineBytes = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
    const decoded = decodeLine(lineBytes, encoding, lineNo);
    if (!decoded.ok) yield { kind: "error", line: lineNo, message: decoded.reason };
    else if (decoded.text.trim() !== "") yield readRecord(decoded.text, lineNo, options);
  }
}

/**
 * JSON is UTF-8, so in auto mode a line is read as UTF-8 first; a line in another
 * encoding is still detected, but a BOM counts only at the start of the file (bytes
 * FF FE in the middle of a file are damage, not UTF-16).
 */
function decodeLine(bytes: Uint8Array, encoding: InputEncoding, lineNo: number): ReturnType<typeof decodeBytes> {
  if (encoding !== "auto") return decodeBytes(bytes, encoding);
  const utf8 = decodeBytes(bytes, "utf-8");
  if (utf8.ok || (lineNo > 1 && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0xef))) return utf8;
  const detected = decodeBytes(bytes, "auto");
  // Neither: JSON's own encoding names the fault best ("not valid UTF-8 at byte N").
  return detected.ok ? detected : utf8;
}

/** One line: the document it holds, or what is wrong with it. */
export function readRecord(line: string, lineNo: number, options: RecordOptions): ReadItem {
  const bad = (message: string): ReadItem => ({ kind: "error", line: lineNo, message });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return bad(`invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return bad(`expected a JSON object with "${options.textField}"`);
  const record = value as Record<string, unknown>;
  const spans = scanJsonFields(line);
  const rawOf = (field: string): string => {
    const span = spans.get(field);
    return span ? line.slice(span.start, span.end) : "";
  };
  const id = record[options.idField];
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") return bad(`"${options.idField}" must be a string or a number`);
  const text = record[options.textField];
  if (text === undefined || text === null) return bad(`missing "${options.textField}"`);
  if (typeof text !== "string") return bad(`"${options.textField}" must be a string`);
  const span = spans.get(options.textField) as JsonSpan;
  const { map } = text.length === span.end - span.start - 2 ? { map: copyMap(span) } : jsonStringText(line, span.start, span.end);
  const key = typeof id === "number" ? rawOf(options.idField) : id === null || id === "" ? undefined : id;
  const meta: Record<string, string> = {};
  for (const field of Object.keys(record)) {
    if (field === options.textField || (field === options.idField && !options.meta.includes(field))) continue;
    if (record[field] === undefined || record[field] === null) continue;
    meta[field] = metaValue(record[field], rawOf(field));
  }
  return {
    kind: "document",
    line: lineNo,
    document: { text, origin: { raw: line, line: lineNo, map }, ...(key === undefined ? {} : { key }), ...(Object.keys(meta).length > 0 ? { meta: meta as Meta } : {}) },
  };
}

/** A string without escapes is its own text, one piece after the opening quote. */
function copyMap(span: JsonSpan): { outStart: number[]; inStart: number[]; inEnd: number[] } {
  return { outStart: [0], inStart: [span.start + 1], inEnd: [-1] };
}

/** A field as a column value: strings as they are, numbers with their digits as written, others as JSON. */
function metaValue(value: unknown, raw: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  return raw;
}

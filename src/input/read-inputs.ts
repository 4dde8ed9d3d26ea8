import { readFileBytes, statOf } from "./fs-async.js";
import { KoukaError } from "../errors.js";
import { decodeBytes, type DecodeResult, type InputEncoding } from "./decode-bytes.js";
import type { InputItem } from "./input-item.js";
import { describeFsError, isJsonlName, listFolder } from "./list-folder.js";
import { parseJsonl } from "./parse-jsonl.js";

export type { InputItem } from "./input-item.js";
export { INPUT_EXTENSIONS, hasInputExtension } from "./list-folder.js";

export type InputFormat = "text" | "jsonl";

export interface ReadInputsOptions {
  encoding: InputEncoding;
  /** Format of standard input only; files are JSONL when their name ends in `.jsonl`. */
  inputFormat?: InputFormat;
  /** Passed in by the CLI so this layer never touches `process`. */
  stdin?: AsyncIterable<Uint8Array>;
}

export const STDIN_PATH = "-";

/** True when the run reads standard input: no paths at all, or `-` among them. */
export function usesStdin(paths: readonly string[]): boolean {
  return paths.length === 0 || paths.includes(STDIN_PATH);
}

/**
 * Documents and per-input errors in input order (DESIGN.md "Commands", "Errors").
 * Folders are listed first but files are read one at a time as the consumer pulls,
 * so memory holds one file (or one JSONL file) at once.
 */
export async function* readInputs(paths: readonly string[], options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let stdinRead = false;
  for (const given of paths.length === 0 ? [STDIN_PATH] : paths) {
    if (given === STDIN_PATH) {
      if (stdinRead) {
        yield failure("INPUT_UNREADABLE", STDIN_PATH, "standard input can only be read once");
        continue;
      }
      stdinRead = true;
      yield* readStdin(options);
      continue;
    }
    yield* readPath(given, options.encoding);
  }
}

async function* readPath(given: string, encoding: InputEncoding): AsyncGenerator<InputItem> {
  let isDir: boolean;
  try {
    isDir = (await statOf(given)).isDirectory();
  } catch (err) {
    const { code, message } = describeFsError(err);
    yield failure(code, given, message);
    return;
  }
  // A named file is read whatever its extension: the user chose it explicitly.
  if (!isDir) {
    yield* readFileItems(given, encoding);
    return;
  }
  const entries = await listFolder(given);
  if (entries.length === 0) {
    yield failure("INPUT_EMPTY_DIR", given, "no .txt, .md or .jsonl files");
    return;
  }
  for (const entry of entries) {
    const id = entry.rel === "" ? given : joinId(given, entry.rel);
    if (entry.problem) yield failure(entry.problem.code, id, entry.problem.message);
    else yield* readFileItems(id, encoding);
  }
}

async function* readFileItems(filePath: string, encoding: InputEncoding): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(filePath);
  } catch (err) {
    const { code, message } = describeFsError(err);
    yield failure(code, filePath, message);
    return;
  }
  yield* itemsFromBytes(bytes, filePath, encoding, isJsonlName(filePath));
}

async function* readStdin(options: ReadInputsOptions): AsyncGenerator<InputItem> {
  if (!options.stdin) {
    yield failure("INPUT_UNREADABLE", STDIN_PATH, "standard input is not available");
    return;
  }
  let bytes: Uint8Array;
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of options.stdin) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  } catch (err) {
    yield failure("INPUT_UNREADABLE", STDIN_PATH, describeFsError(err).message);
    return;
  }
  yield* itemsFromBytes(bytes, STDIN_PATH, options.encoding, options.inputFormat === "jsonl");
}

function* itemsFromBytes(bytes: Uint8Array, where: string, encoding: InputEncoding, jsonl: boolean): Generator<InputItem> {
  const decoded: DecodeResult = decodeBytes(bytes, encoding);
  if (!decoded.ok) {
    yield failure(decoded.kind === "binary" ? "INPUT_BINARY" : "INPUT_DECODE", where, decoded.reason);
    return;
  }
  if (jsonl) yield* parseJsonl(decoded.text, where);
  else yield { kind: "document", id: where, text: decoded.text, source: where };
}

/** `corpus/` + `a/b.txt` → `corpus/a/b.txt`: the path as the user typed it, never normalised. */
function joinId(given: string, rel: string): string {
  return given.endsWith("/") || given.endsWith("\\") ? given + rel : `${given}/${rel}`;
}

function failure(code: KoukaError["code"], where: string, message: string): InputItem {
  return { kind: "error", error: new KoukaError(code, where, message) };
}

import { readFileBytes, readSmallFile, statOf } from "./file-system.js";
import { KoukaError, type KoukaErrorCode } from "../errors.js";
import type { InputEncoding } from "./decode-bytes.js";
import type { InputItem } from "./input-item.js";
import { describeFsError, describeSkipped, listFolder } from "./list-folder.js";
import { formatOfName, INPUT_EXTENSIONS, type InputFormat } from "../readers/input-format.js";
import { readBytes } from "../readers/read-bytes.js";
import { DEFAULT_RECORD_OPTIONS, type RecordOptions } from "../readers/record-options.js";

export type { InputItem } from "./input-item.js";
export type { InputFormat } from "../readers/input-format.js";
export { INPUT_EXTENSIONS, hasInputExtension } from "./list-folder.js";

export interface ReadInputsOptions {
  encoding: InputEncoding;
  /** Format of standard input and of files named explicitly; undefined: by extension (stdin: text). */
  inputFormat?: InputFormat | undefined;
  /** How records are read (`--text-field`, `--id-field`, `--meta`). */
  records?: RecordOptions;
  /** False with `--no-clean`: an HTML page's navigation is kept. */
  clean?: boolean;
  /** Follow symbolic links to folders in folder scans (`--follow`). */
  follow?: boolean;
  /** Passed in by the CLI so this layer never touches `process`. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told what a folder scan left out (one line per folder); the CLI writes it to stderr. */
  notice?: (message: string) => void;
  /**
   * Reads of small files that take longer than this many ms, three in a row, mean slow storage:
   * the rest of the folder is read in the thread pool, one file ahead (0: from the first file). Default 2.
   */
  slowReadMs?: number;
}

export const STDIN_PATH = "-";

/** True when the run reads standard input: no paths at all, or `-` among them. */
export function usesStdin(paths: readonly string[]): boolean {
  return paths.length === 0 || paths.includes(STDIN_PATH);
}

/**
 * Documents and per-input errors in input order (DESIGN.md "Commands", "Errors").
 * Folders are listed first but files are read as the consumer pulls (on slow storage one
 * small file ahead), so memory holds the file being analysed and at most the next one's bytes.
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
    yield* readPath(given, options);
  }
}

async function* readPath(given: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
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
    yield* readFileItems(given, options.inputFormat ?? formatOfName(given) ?? "text", options);
    return;
  }
  const listing = await listFolder(given, options.follow === true);
  const skipped = describeSkipped(listing);
  if (listing.entries.length === 0) {
    // One line says both: nothing to read, and what was left out.
    yield failure("INPUT_EMPTY_DIR", given, `no ${INPUT_EXTENSIONS.join(", ")} files${skipped === undefined ? "" : ` (${skipped})`}`);
    return;
  }
  if (skipped !== undefined) options.notice?.(`${given}: ${skipped}`);
  const ids = listing.entries.map((entry) => (entry.rel === "" ? given : joinId(given, entry.rel)));
  // Small files are read at once, in this thread, while reads stay quick (a file in the page
  // cache: tens of µs; through the thread pool the same read is four trips there and back, and
  // 861 small files ran a fifth slower). SLOW_READS_IN_A_ROW slow reads (a cold disk, a network
  // share; one alone may be a pause of the process) hand the rest of the folder to the thread
  // pool, the next file read while this one is analysed; but not after a big file, so two big
  // files are never held at once.
  const slowReadMs = options.slowReadMs ?? SLOW_READ_MS;
  let slowReads = slowReadMs > 0 ? 0 : SLOW_READS_IN_A_ROW;
  const readAhead = (k: number): Promise<Uint8Array | InputItem> | undefined => {
    const entry = listing.entries[k];
    return entry === undefined || entry.problem ? undefined : bytesOrFailure(ids[k]!);
  };
  let ahead: Promise<Uint8Array | InputItem> | undefined;
  for (const [k, entry] of listing.entries.entries()) {
    const id = ids[k]!;
    if (entry.problem) {
      yield failure(entry.problem.code, id, entry.problem.message);
      continue;
    }
    let current = ahead === undefined ? undefined : await ahead;
    if (current === undefined && slowReads < SLOW_READS_IN_A_ROW) {
      const started = performance.now();
      current = readAtOnce(id);
      slowReads = performance.now() - started < slowReadMs ? 0 : slowReads + 1;
    }
    current ??= await bytesOrFailure(id);
    ahead = slowReads >= SLOW_READS_IN_A_ROW && !(current instanceof Uint8Array && current.length > READ_AHEAD_AFTER) ? readAhead(k + 1) : undefined;
    yield* fileItems(current, id, formatOfName(id) ?? "text", options);
  }
}

const SLOW_READ_MS = 2;
const SLOW_READS_IN_A_ROW = 3;

/** A small file's bytes, or the item that says why it cannot be read; undefined: read it the usual way. */
function readAtOnce(filePath: string): Uint8Array | InputItem | undefined {
  try {
    return readSmallFile(filePath);
  } catch (err) {
    return readFailure(filePath, err);
  }
}

/** The next file is read ahead only after a file of at most this many bytes. */
const READ_AHEAD_AFTER = 8 << 20;

/** A file's bytes, or the item that says why it cannot be read. */
async function bytesOrFailure(filePath: string): Promise<Uint8Array | InputItem> {
  try {
    return await readFileBytes(filePath);
  } catch (err) {
    return readFailure(filePath, err);
  }
}

/** The item that says why a file could not be read, either way. */
function readFailure(filePath: string, err: unknown): InputItem {
  const { code, message } = describeFsError(err);
  return failure(code, filePath, message);
}

async function* readFileItems(filePath: string, format: InputFormat, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  yield* fileItems(readAtOnce(filePath) ?? (await bytesOrFailure(filePath)), filePath, format, options);
}

async function* fileItems(read: Uint8Array | InputItem, filePath: string, format: InputFormat, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  if (read instanceof Uint8Array) yield* itemsFromBytes(read, filePath, format, options);
  else yield read;
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
  yield* itemsFromBytes(bytes, STDIN_PATH, options.inputFormat ?? "text", options);
}

/**
 * A reader's items as input items: a whole file is `PATH` (`-`), a record `PATH#ID`
 * (`ID` alone on standard input), ID being the record's id or its 1-based number.
 */
async function* itemsFromBytes(bytes: Uint8Array, where: string, format: InputFormat, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let record = 0;
  for await (const item of readBytes(bytes, format, options.encoding, options.records ?? DEFAULT_RECORD_OPTIONS, options.clean !== false)) {
    const at = item.line === undefined ? where : `${where}:${item.line}`;
    if (item.kind === "error") {
      if (item.cause === "record") record++;
      yield failure(errorCode(item.cause, format), at, item.message);
      continue;
    }
    const { document } = item;
    let id = where;
    if (item.line !== undefined) {
      const key = document.key ?? String(++record);
      if (document.key !== undefined) record++;
      id = where === STDIN_PATH ? key : `${where}#${key}`;
    }
    yield {
      kind: "document",
      id,
      text: document.text,
      source: at,
      ...(document.origin ? { origin: document.origin } : {}),
      ...(document.meta ? { meta: document.meta } : {}),
    };
  }
}

function errorCode(cause: "binary" | "decode" | "record" | undefined, format: InputFormat): KoukaErrorCode {
  if (cause === "binary") return "INPUT_BINARY";
  if (cause === "record") return format === "jsonl" ? "INPUT_JSONL" : "INPUT_CSV";
  return "INPUT_DECODE";
}

/** `corpus/` + `a/b.txt` → `corpus/a/b.txt`: the path as the user typed it, never normalised. */
function joinId(given: string, rel: string): string {
  return given.endsWith("/") || given.endsWith("\\") ? given + rel : `${given}/${rel}`;
}

function failure(code: KoukaError["code"], where: string, message: string): InputItem {
  return { kind: "error", error: new KoukaError(code, where, message) };
}

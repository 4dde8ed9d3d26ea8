import { createReadStream } from "node:fs";
import { KoukaError } from "../errors.js";
import { describeFsError } from "../input/list-folder.js";

/**
 * One line of a partial with where it was read (`file:line`, `-:line`), as bytes (decode it
 * with `lineText`, or only its start with `lineHead`), or a file that could not be read.
 */
export type PartialText = { readonly where: string; readonly bytes: Uint8Array; readonly first: boolean } | { readonly error: KoukaError };

/**
 * The lines of every partial in turn (standard input for `-` or no path), read as a
 * stream: memory holds one chunk, never a whole file. Lines stay bytes until asked for, so
 * a merge that skips a part never decodes its lines (most of a partial is terms).
 */
export async function* readPartialLines(paths: readonly string[], stdin: AsyncIterable<Uint8Array>): AsyncGenerator<PartialText> {
  let stdinRead = false;
  for (const given of paths.length === 0 ? ["-"] : paths) {
    if (given === "-") {
      if (stdinRead) {
        yield { error: new KoukaError("INPUT_UNREADABLE", "-", "standard input can only be read once") };
        continue;
      }
      stdinRead = true;
    }
    try {
      yield* linesOf(given === "-" ? stdin : createReadStream(given), given);
    } catch (e) {
      const { code, message } = describeFsError(e);
      yield { error: new KoukaError(code, given, message) };
    }
  }
}

const NEWLINE = 0x0a;

async function* linesOf(chunks: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<PartialText> {
  // The bytes of a line not ended yet: pieces of chunks, joined once the line ends.
  let rest: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      const piece = bytes.subarray(start, end);
      line++;
      yield { where: `${name}:${line}`, bytes: rest.length === 0 ? piece : Buffer.concat([...rest, piece]), first: line === 1 };
      rest = [];
      start = end + 1;
    }
    if (start < bytes.length) rest.push(bytes.subarray(start));
  }
  if (rest.length > 0) {
    line++;
    yield { where: `${name}:${line}`, bytes: Buffer.concat(rest), first: line === 1 };
  }
}

// A file's first line may start with a byte order mark, which is not part of the line (as
// when the file is decoded as one stream); elsewhere it is kept and the line is not JSON.
const FIRST = new TextDecoder();
const LATER = new TextDecoder("utf-8", { ignoreBOM: true });

/** A line's text (invalid UTF-8 becomes U+FFFD). */
export function lineText(line: { readonly bytes: Uint8Array; readonly first: boolean }): string {
  return (line.first ? FIRST : LATER).decode(line.bytes);
}

/** The text of a line's first `bytes` bytes at most: enough to tell a partial line's kind. */
export function lineHead(line: { readonly bytes: Uint8Array; readonly first: boolean }, bytes: number): string {
  return line.bytes.length <= bytes ? lineText(line) : (line.first ? FIRST : LATER).decode(line.bytes.subarray(0, bytes));
}

import { createReadStream } from "node:fs";
import { KoukaError } from "../errors.js";
import { describeFsError } from "../input/list-folder.js";

/** One line of a partial with where it was read (`file:line`, `-:line`), or a file that could not be read. */
export type PartialText = { readonly where: string; readonly text: string } | { readonly error: KoukaError };

/**
 * The lines of every partial in turn (standard input for `-` or no path), read as a
 * stream: memory holds one chunk, never a whole file.
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

async function* linesOf(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<PartialText> {
  const decoder = new TextDecoder();
  let rest = "";
  let line = 0;
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield { where: `${name}:${++line}`, text: text.slice(start, end) };
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") yield { where: `${name}:${++line}`, text: rest };
}

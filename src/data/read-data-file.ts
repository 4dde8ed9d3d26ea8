import { readFileSync } from "node:fs";
import { KoukaError } from "../errors.js";
import { describeFsError } from "../input/list-folder.js";

/**
 * A data file's text. Data files are UTF-8 (a BOM is allowed): a dictionary saved as
 * Shift_JIS would otherwise load as mojibake that never matches. Unreadable files, folders
 * and other encodings are DICT_INVALID errors naming the file (and the line of the first bad byte).
 */
export function readDataFile(file: string, what = "dictionary"): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new KoukaError("DICT_INVALID", file, `cannot read the ${what}: ${describeFsError(e).message}`);
  }
  return decodeDataFile(bytes, file);
}

/** UTF-8 bytes as text without a BOM, or a DICT_INVALID error at the line of the first invalid byte. */
export function decodeDataFile(bytes: Uint8Array, file: string): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new KoukaError("DICT_INVALID", `${file}:${firstBadLine(body)}`, "not UTF-8 (save the file as UTF-8)");
  }
}

/** The 1-based line holding the first byte sequence that is not UTF-8 (LF never occurs inside one). */
function firstBadLine(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

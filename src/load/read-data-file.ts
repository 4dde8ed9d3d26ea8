import { readFileSync } from "node:fs";
import { decodeDataFile } from "../data/decode-data-file.js";
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

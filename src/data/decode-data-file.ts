import { KoukaError } from "../errors.js";

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

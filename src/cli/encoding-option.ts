import { InvalidArgumentError } from "commander";
import { INPUT_ENCODINGS, type InputEncoding } from "../input/decode-bytes.js";

/**
 * The names people and other tools give these encodings (WHATWG, IANA, iconv, Python,
 * Windows), compared without case, `-` or `_`. UTF-16 with a byte order is read as
 * `utf-16`, which honours a BOM and otherwise finds the byte order from the text.
 */
const ALIASES: Readonly<Record<string, InputEncoding>> = {
  auto: "auto",
  utf8: "utf-8",
  unicode11utf8: "utf-8",
  shiftjis: "shift_jis",
  sjis: "shift_jis",
  cp932: "shift_jis",
  ms932: "shift_jis",
  windows31j: "shift_jis",
  mskanji: "shift_jis",
  xsjis: "shift_jis",
  csshiftjis: "shift_jis",
  eucjp: "euc-jp",
  ujis: "euc-jp",
  xeucjp: "euc-jp",
  cseucpkdfmtjapanese: "euc-jp",
  utf16: "utf-16",
  utf16le: "utf-16",
  utf16be: "utf-16",
  ucs2: "utf-16",
  unicode: "utf-16",
};

/** `--encoding` in any usual spelling → kouka's canonical value; commander reports anything else. */
export function parseEncoding(value: string): InputEncoding {
  const found = ALIASES[value.toLowerCase().replace(/[-_\s]/g, "")];
  if (found === undefined) {
    throw new InvalidArgumentError(`unknown encoding; use ${INPUT_ENCODINGS.join(", ")} (or an alias such as UTF-8, sjis, cp932, eucjp, utf-16le)`);
  }
  return found;
}

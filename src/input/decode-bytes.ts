import { createRequire } from "node:module";
import type EncodingJapanese from "encoding-japanese";

const require = createRequire(import.meta.url);
let encodingJapanese: typeof EncodingJapanese | undefined;
/** Loaded on first use: most input is UTF-8, and its tables cost every start-up time otherwise. */
function japanese(): typeof EncodingJapanese {
  return (encodingJapanese ??= require("encoding-japanese") as typeof EncodingJapanese);
}

/** The values of `--encoding` (DESIGN.md "Shared options"). */
export type InputEncoding = "auto" | "utf-8" | "shift_jis" | "euc-jp" | "utf-16";

export const INPUT_ENCODINGS: readonly InputEncoding[] = ["auto", "utf-8", "shift_jis", "euc-jp", "utf-16"];

/**
 * `binary` = the bytes are not text at all (NUL bytes, control characters);
 * `decode` = text in an encoding we cannot read, or invalid for the one asked for.
 * Callers map these to INPUT_BINARY / INPUT_DECODE.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string; kind: "binary" | "decode" };

const NOT_TEXT = "not a text file (binary data)";
const NOT_TEXT_UTF16 = `${NOT_TEXT}; if it is UTF-16 text without a byte order mark, use --encoding utf-16`;
const UNKNOWN = "cannot decode as UTF-8, Shift_JIS or EUC-JP";

// Controls that never occur in prose. Tab, LF, VT, FF, CR are layout; ESC is left
// out because ISO-2022-JP and ANSI-coloured logs use it legitimately.
const CONTROL = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/**
 * Decodes a whole file. Never throws: every failure is a reason a user can act on.
 * BOMs are stripped; the text is otherwise returned exactly as encoded (no normalisation).
 */
export function decodeBytes(bytes: Uint8Array, encoding: InputEncoding): DecodeResult {
  try {
    if (bytes.length === 0) return { ok: true, text: "", encoding: encoding === "auto" ? "utf-8" : encoding };
    switch (encoding) {
      case "auto":
        return decodeAuto(bytes);
      case "utf-8":
        return checkText(decodeUtf8(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes), "utf-8");
      case "utf-16":
        return decodeUtf16(bytes);
      case "shift_jis":
        return decodeJapanese(bytes, "SJIS") ?? fail("decode", "not valid Shift_JIS");
      case "euc-jp":
        return decodeJapanese(bytes, "EUCJP") ?? fail("decode", "not valid EUC-JP");
    }
  } catch (err) {
    // V8 refuses strings over ~512 M code units; that is the one way a valid file can still fail.
    return fail("decode", `cannot decode: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function decodeAuto(bytes: Uint8Array): DecodeResult {
  if (hasUtf8Bom(bytes)) return checkText(decodeUtf8(bytes.subarray(3)), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(decodeUtf16As(bytes.subarray(2), "le"), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(decodeUtf16As(bytes.subarray(2), "be"), "utf-16be");
  // Outside UTF-16 a NUL byte means binary; indexOf is native, so this is cheap on big files.
  // Auto-detection never guesses UTF-16 without a BOM (16-bit binary data looks alike), but
  // zeros all on one side of the byte pairs earn a hint.
  if (bytes.indexOf(0) !== -1) return fail("binary", zerosOnOneSide(bytes) ? NOT_TEXT_UTF16 : NOT_TEXT);

  const utf8 = decodeUtf8(bytes);
  if (typeof utf8 === "string") {
    // ISO-2022-JP is 7-bit and therefore valid UTF-8; only its escape sequences give it away.
    if (bytes.indexOf(0x1b) !== -1 && japanese().detect(bytes, "JIS") === "JIS") {
      return checkText(japanese().convert(bytes, { to: "UNICODE", from: "JIS", type: "string" }), "iso-2022-jp");
    }
    return checkText(utf8, "utf-8");
  }

  // Say "binary" rather than "cannot decode" when the bytes are mostly controls either way.
  if (tooManyControls(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"))) {
    return fail("binary", NOT_TEXT);
  }
  return pickJapanese(bytes) ?? fail("decode", UNKNOWN);
}

/**
 * EUC-JP kanji bytes (0xA1–0xFE pairs) are also valid Shift_JIS half-width katakana,
 * so when both fit, the reading with fewer half-width katakana is the real one.
 * Ties go to EUC-JP because genuine Shift_JIS prose almost never passes as EUC-JP.
 * The counts come from the bytes so only the winner is converted (conversion is the slow part).
 */
function pickJapanese(bytes: Uint8Array): DecodeResult | undefined {
  const candidates: { from: "SJIS" | "EUCJP"; score: number }[] = [];
  if (japanese().detect(bytes, "EUCJP") === "EUCJP") candidates.push({ from: "EUCJP", score: countByte(bytes, 0x8e) });
  if (japanese().detect(bytes, "SJIS") === "SJIS") candidates.push({ from: "SJIS", score: countSjisHalfWidth(bytes) });
  candidates.sort((a, b) => a.score - b.score);
  for (const { from } of candidates) {
    const result = decodeJapanese(bytes, from);
    if (result) return result;
  }
  return undefined;
}

/** undefined when the bytes are not (cleanly) in this encoding. */
function decodeJapanese(bytes: Uint8Array, from: "SJIS" | "EUCJP"): DecodeResult | undefined {
  if (bytes.indexOf(0) !== -1) return fail("binary", NOT_TEXT);
  if (japanese().detect(bytes, from) !== from) return undefined;
  const text = japanese().convert(bytes, { to: "UNICODE", from, type: "string" });
  // encoding-japanese writes '?' for byte pairs with no character. A real '?' is byte
  // 0x3F, which is never part of a multi-byte SJIS/EUC-JP character, so any extra '?' is a failure.
  if (countChar(text, "?") !== countByte(bytes, 0x3f)) return undefined;
  return checkText(text, from === "SJIS" ? "shift_jis" : "euc-jp");
}

function decodeUtf16(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(decodeUtf16As(bytes.subarray(2), "le"), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(decodeUtf16As(bytes.subarray(2), "be"), "utf-16be");
  const order = guessUtf16Order(bytes);
  return checkText(decodeUtf16As(bytes, order), `utf-16${order}`);
}

/**
 * Without a BOM: ASCII-range characters put their zero byte on the high side, so
 * the side with more zeros is the high byte. Windows "Unicode" files are LE, hence the default.
 */
function guessUtf16Order(bytes: Uint8Array): "le" | "be" {
  const { even, odd } = zeroCounts(bytes);
  return even > odd ? "be" : "le";
}

/** Zero bytes at even and odd offsets in the first 64 KB. */
function zeroCounts(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, 65536);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd };
}

/** As in UTF-16 text, where only ASCII characters have a zero byte, always the same one. */
function zerosOnOneSide(bytes: Uint8Array): boolean {
  const { even, odd } = zeroCounts(bytes);
  return Math.min(even, odd) <= (even + odd) / 20;
}

/** A string, or the byte offset of the first invalid sequence. */
function decodeUtf8(bytes: Uint8Array): string | { invalidAt: number } {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes) };
  }
}

function decodeUtf16As(bytes: Uint8Array, order: "le" | "be"): string | { invalidAt: number } {
  if (bytes.length % 2 !== 0) return { invalidAt: bytes.length - 1 };
  try {
    return new TextDecoder(`utf-16${order}`, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { invalidAt: -1 };
  }
}

function checkText(decoded: string | { invalidAt: number }, encoding: string): DecodeResult {
  if (typeof decoded !== "string") {
    const name = encoding.toUpperCase().replace("UTF-16LE", "UTF-16").replace("UTF-16BE", "UTF-16");
    const at = decoded.invalidAt >= 0 ? ` at byte ${decoded.invalidAt}` : "";
    return fail("decode", `not valid ${name}${at}`);
  }
  if (decoded.includes("\u0000") || tooManyControls(decoded)) return fail("binary", NOT_TEXT);
  return { ok: true, text: decoded, encoding };
}

/**
 * A stray Ctrl-Z (old DOS end-of-file) or two must not reject an article, so only a
 * density of about one control per hundred characters counts as binary.
 */
function tooManyControls(text: string): boolean {
  const limit = 1 + text.length / 100;
  CONTROL.lastIndex = 0;
  let count = 0;
  while (CONTROL.exec(text) !== null) {
    if (++count > limit) return true;
  }
  return false;
}

/** Only runs on the failure path, so a plain loop is fine here. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Single-byte characters 0xA1–0xDF of a Shift_JIS byte stream (already checked well-formed). */
function countSjisHalfWidth(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0xa1 && b <= 0xdf) n++;
    else if (b > 0x80) i++;
  }
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

function fail(kind: "binary" | "decode", reason: string): DecodeResult {
  return { ok: false, reason, kind };
}

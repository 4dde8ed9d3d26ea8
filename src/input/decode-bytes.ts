/*
 * Every encoding is read by Node's own TextDecoder (WHATWG Encoding; Node's official builds
 * carry full ICU), strict with `fatal: true`: invalid bytes are an error, never replaced.
 * Shift_JIS is read as browsers read it (Windows-31J / CP932, the encoding of nearly every
 * "Shift_JIS" file); EUC-JP includes JIS X 0212.
 */
import { TextDecoder } from "node:util";

/** One strict decoder per encoding, made on first use. */
const decoders = new Map<string, TextDecoder>();
function decoder(label: "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "euc-jp" | "iso-2022-jp"): TextDecoder {
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label, { fatal: true, ignoreBOM: true })));
  return d;
}

/** The text, or undefined when the bytes are not valid in `label`. */
function tryDecode(bytes: Uint8Array, label: Parameters<typeof decoder>[0]): string | undefined {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return undefined;
  }
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
        return decodeJapanese(bytes, "shift_jis") ?? fail("decode", "not valid Shift_JIS");
      case "euc-jp":
        return decodeJapanese(bytes, "euc-jp") ?? fail("decode", "not valid EUC-JP");
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
    // ANSI colour codes (ESC [) are not valid ISO-2022-JP, so a coloured log stays UTF-8.
    if (bytes.indexOf(0x1b) !== -1) {
      const jis = tryDecode(bytes, "iso-2022-jp");
      if (jis !== undefined) return checkText(jis, "iso-2022-jp");
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
 */
function pickJapanese(bytes: Uint8Array): DecodeResult | undefined {
  const candidates: { text: string; encoding: "shift_jis" | "euc-jp"; score: number }[] = [];
  // ICU reads a lone byte 0x80–0x8D as a C1 control character: damage, never Japanese text.
  const euc = tryDecode(bytes, "euc-jp");
  if (euc !== undefined && !/[\u0080-\u009f]/.test(euc)) candidates.push({ text: euc, encoding: "euc-jp", score: countByte(bytes, 0x8e) });
  const sjis = tryDecode(bytes, "shift_jis");
  if (sjis !== undefined) candidates.push({ text: sjis, encoding: "shift_jis", score: countSjisHalfWidth(bytes) });
  candidates.sort((a, b) => a.score - b.score);
  const best = candidates[0];
  return best && checkText(best.text, best.encoding);
}

/** undefined when the bytes are not (cleanly) in this encoding. */
function decodeJapanese(bytes: Uint8Array, encoding: "shift_jis" | "euc-jp"): DecodeResult | undefined {
  if (bytes.indexOf(0) !== -1) return fail("binary", NOT_TEXT);
  const text = tryDecode(bytes, encoding);
  return text === undefined ? undefined : checkText(text, encoding);
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
  return tryDecode(bytes, "utf-8") ?? { invalidAt: firstInvalidUtf8(bytes) };
}

function decodeUtf16As(bytes: Uint8Array, order: "le" | "be"): string | { invalidAt: number } {
  if (bytes.length % 2 !== 0) return { invalidAt: bytes.length - 1 };
  return tryDecode(bytes, `utf-16${order}`) ?? { invalidAt: -1 };
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

function countByte(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

function fail(kind: "binary" | "decode", reason: string): DecodeResult {
  return { ok: false, reason, kind };
}

import type { InputEncoding } from "../input/decode-bytes.js";

/**
 * The encoding a page declares in its first 1024 bytes (`<meta charset=…>` or the
 * `http-equiv="Content-Type"` form), as one of kouka's input encodings; undefined when
 * it declares none or one kouka reads by detection anyway (ISO-2022-JP, Latin ones).
 * A BOM still wins over it (decodeBytes checks that first).
 */
export function declaredCharset(bytes: Uint8Array): InputEncoding | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? charsetEncoding(m[1]!) : undefined;
}

/** WHATWG Encoding labels for the encodings kouka reads. */
export function charsetEncoding(label: string): InputEncoding | undefined {
  const name = label.toLowerCase().replace(/_/g, "-");
  if (["utf-8", "utf8", "unicode-1-1-utf-8"].includes(name)) return "utf-8";
  if (["shift-jis", "sjis", "x-sjis", "ms-kanji", "csshiftjis", "windows-31j", "cp932", "ms932"].includes(name)) return "shift_jis";
  if (["euc-jp", "eucjp", "x-euc-jp", "cseucpkdfmtjapanese"].includes(name)) return "euc-jp";
  if (["utf-16", "utf-16le", "utf-16be", "unicode"].includes(name)) return "utf-16";
  return undefined;
}

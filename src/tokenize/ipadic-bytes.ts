/*
 * kuromoji's ByteBuffer readers, ported so its dictionary files read exactly as kuromoji reads
 * them without its private classes.
 */

/** kuromoji's ByteBuffer string reader: its own UTF-8 decoding, to the NUL or the end. */
export function kuromojiString(bytes: Uint8Array, from: number): string {
  let end = Math.max(from, 0);
  while (end < bytes.length && bytes[end] !== 0) end++;
  let s = "";
  let i = Math.max(from, 0);
  // Bytes past the string read as undefined in kuromoji, i.e. 0 once masked.
  const get = (): number => (i < end ? (bytes[i++] ?? 0) : (i++, 0));
  while (i < end) {
    const b1 = bytes[i++] ?? 0;
    let code: number;
    if (b1 < 0x80) code = b1;
    else if (b1 >> 5 === 0x06) code = ((b1 & 0x1f) << 6) | (get() & 0x3f);
    else if (b1 >> 4 === 0x0e) code = ((b1 & 0x0f) << 12) | ((get() & 0x3f) << 6) | (get() & 0x3f);
    else code = ((b1 & 0x07) << 18) | ((get() & 0x3f) << 12) | ((get() & 0x3f) << 6) | (get() & 0x3f);
    if (code < 0x10000) s += String.fromCharCode(code);
    else {
      code -= 0x10000;
      s += String.fromCharCode(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff));
    }
  }
  return s;
}

/** ByteBuffer.getShort / getInt: little-endian, signed, 0 when the read runs past the end. */
export function int16At(bytes: Uint8Array, at: number): number {
  if (at < 0 || bytes.length < at + 2) return 0;
  return (((bytes[at + 1] ?? 0) << 24) >> 16) | (bytes[at] ?? 0);
}
export function int32At(bytes: Uint8Array, at: number): number {
  if (at < 0 || bytes.length < at + 4) return 0;
  return ((bytes[at + 3] ?? 0) << 24) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at] ?? 0);
}


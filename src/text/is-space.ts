/** Whether UTF-16 unit `c` is what /\s/u matches: ECMAScript WhiteSpace and LineTerminator. */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `text` is whitespace only, as /^\s*$/u says (so "" is): without a regex, as it is asked of every token. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Orders strings by Unicode code point.
 *
 * `<` on JS strings compares UTF-16 code units, which puts astral characters
 * (surrogate pairs, e.g. 𠮷) before U+E000–U+FFFF (e.g. full-width Ｆ); code-point
 * order matches what byte-wise UTF-8 tools (sort, Python) print, and does not depend
 * on the locale the way localeCompare does, so output stays byte-identical everywhere.
 */
export function compareCodePoints(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Only here can the two orders disagree, so only here pay for codePointAt.
      return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y);
    }
  }
  return a.length - b.length;
}

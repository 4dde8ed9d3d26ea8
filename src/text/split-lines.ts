/** A line of text without its line break, with the offset where it starts. */
export interface Line {
  readonly text: string;
  readonly start: number;
  /** The line break that ended it ("" for the last line). */
  readonly eol: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ text: text.slice(start, m.index), start, eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, eol: "" });
  return lines;
}

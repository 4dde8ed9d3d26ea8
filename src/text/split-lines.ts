/** A line of text without its line break, with the offset where it starts. */
export interface Line {
  readonly text: string;
  readonly start: number;
  /** The line break that ended it ("" for the last line). */
  readonly eol: string;
}

/**
 * Every line break counts as one (DESIGN.md "Input formats"): CRLF, LF, a lone CR,
 * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. The one definition every stage
 * that reads lines uses (clutter, wraps, sentences, line numbers in mentions).
 */
export const LINE_BREAK_SOURCE = "\\r\\n|[\\n\\r\\u2028\\u2029]";

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = new RegExp(LINE_BREAK_SOURCE, "g");
  let start = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ text: text.slice(start, m.index), start, eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start, eol: "" });
  return lines;
}

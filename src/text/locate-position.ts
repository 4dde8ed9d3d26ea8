import { LINE_BREAK_SOURCE } from "./split-lines.js";

/** 1-based line and column (in code points) of UTF-16 offsets in a text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Returns a locator; line starts are indexed once so each lookup is a binary search.
 * Columns are counted from the previous lookup when it was on the same line and not
 * after this one, so offsets asked in order (a document's mentions) cost one pass over
 * the text in all, even on a single 6 MB line.
 */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (const m of text.matchAll(new RegExp(LINE_BREAK_SOURCE, "g"))) lineStarts.push(m.index + m[0].length);
  let last = { line: 0, offset: 0, column: 1 };
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const from = last.line === lo && last.offset <= offset ? last : { line: lo, offset: lineStarts[lo]!, column: 1 };
    last = { line: lo, offset, column: from.column + countCodePoints(text, from.offset, offset) };
    return { line: lo + 1, column: last.column };
  };
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate continues the code point its high surrogate started.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

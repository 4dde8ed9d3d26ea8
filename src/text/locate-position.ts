/** 1-based line and column (in code points) of UTF-16 offsets in a text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Returns a locator; line starts are indexed once so each lookup is a binary search. */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  // The same line breaks as splitLines: \r\n, \n, and a lone \r.
  for (const m of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo]!;
    return { line: lo + 1, column: countCodePoints(text, start, offset) + 1 };
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

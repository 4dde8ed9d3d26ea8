/** 1-based line and column (in code points) of UTF-16 offsets in a text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Returns a locator; line starts are indexed once so each lookup is a binary search. */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
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

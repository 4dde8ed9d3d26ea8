import type { PreparedText } from "../pipeline.js";
import type { Token } from "../token.js";
import { isBlank } from "../text/is-space.js";
import type { Row } from "./row.js";

export const tokenColumns = ["document", "sentence", "index", "surface", "pos", "pos_detail_1", "basic_form", "reading", "start", "end"];

/**
 * What the tokenizer saw, one row a token (spaces left out). `sentence` and `index`
 * are 1-based; `start`/`end` are code-point offsets of the token in the original input.
 * Rows are made a sentence at a time as they are read, from tokens that may themselves be
 * made as they are read (pipeline.ts sentenceTokens), so a huge document never holds all
 * of them. (An iterator of its own rather than a generator: a row per word made the
 * generator's resumes a tenth of `tokens`' time.)
 */
export function tokenRows(document: string, text: Pick<PreparedText, "source" | "map">, tokens: Iterable<readonly Token[]>): IterableIterator<Row> {
  const toCodePoints = codePointOffsets(text.source);
  let sentences: Iterator<readonly Token[]> | undefined;
  let rows: Row[] = [];
  let at = 0;
  const iterator: IterableIterator<Row> = {
    next(): IteratorResult<Row> {
      while (at === rows.length) {
        // Tokens are pulled only when the first row is asked for, as from a generator.
        sentences ??= tokens[Symbol.iterator]();
        const sentence = sentences.next();
        if (sentence.done === true) return { done: true, value: undefined };
        rows = sentenceRows(document, text, sentence.value, toCodePoints);
        at = 0;
      }
      return { done: false, value: rows[at++]! };
    },
    [Symbol.iterator]: () => iterator,
  };
  return iterator;
}

function sentenceRows(document: string, text: Pick<PreparedText, "map">, tokens: readonly Token[], toCodePoints: (offset: number) => number): Row[] {
  const rows: Row[] = [];
  for (const t of tokens) {
    if (t.surface !== "" && isBlank(t.surface)) continue;
    rows.push({
      document,
      sentence: t.sentence + 1,
      index: rows.length + 1,
      surface: t.surface,
      pos: t.pos,
      pos_detail_1: t.posDetail1,
      basic_form: t.basicForm,
      reading: t.reading,
      start: toCodePoints(text.map.toSource(t.start)),
      end: toCodePoints(text.map.toSourceEnd(t.end)),
    });
  }
  return rows;
}

/** UTF-16 offset → code-point offset, for offsets that only grow (one pass). */
function codePointOffsets(text: string): (offset: number) => number {
  let unit = 0;
  let points = 0;
  return (offset) => {
    if (offset < unit) {
      unit = 0;
      points = 0;
    }
    for (; unit < offset; unit++) {
      const c = text.charCodeAt(unit);
      if (c < 0xdc00 || c > 0xdfff) points++;
    }
    return points;
  };
}

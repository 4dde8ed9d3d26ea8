import type { DocumentAnalysis } from "../pipeline.js";
import type { Row } from "./row.js";

export const tokenColumns = ["document", "sentence", "index", "surface", "pos", "pos_detail_1", "basic_form", "reading", "start", "end"];

/**
 * What the tokenizer saw, one row a token (spaces left out). `sentence` and `index`
 * are 1-based; `start`/`end` are code-point offsets of the token in the original input.
 */
export function tokenRows(document: string, analysis: DocumentAnalysis): Row[] {
  const toCodePoints = codePointOffsets(analysis.source);
  const rows: Row[] = [];
  let index = 0;
  let sentence = -1;
  for (const t of analysis.tokens) {
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      index = 0;
    }
    if (/^\s+$/u.test(t.surface)) continue;
    index++;
    rows.push({
      document,
      sentence: t.sentence + 1,
      index,
      surface: t.surface,
      pos: t.pos,
      pos_detail_1: t.posDetail1,
      basic_form: t.basicForm,
      reading: t.reading,
      start: toCodePoints(analysis.map.toSource(t.start)),
      end: toCodePoints(analysis.map.toSourceEnd(t.end)),
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

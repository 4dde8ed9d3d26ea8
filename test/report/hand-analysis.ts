import type { Mention } from "../../src/concepts/mention.js";
import type { DocumentAnalysis } from "../../src/pipeline.js";
import { joinWrappedLines } from "../../src/text/join-wrapped-lines.js";
import { normalizeText } from "../../src/text/normalize-text.js";
import { composeMaps } from "../../src/text/offset-map.js";
import type { Token } from "../../src/token.js";

/**
 * A DocumentAnalysis built without kuromoji: the real text stages (normalise, join
 * wraps) give `text` and `map`; mentions are placed by hand at the n-th occurrence
 * of their evidence in the analysed text.
 */
export function analysed(
  source: string,
  mentions: readonly { concept: string; term: string; evidence: string; nth?: number; sentence?: number }[] = [],
  tokens: readonly Token[] = [],
): DocumentAnalysis {
  const normalized = normalizeText(source);
  const joined = joinWrappedLines(normalized.text);
  const text = joined.text;
  return {
    source,
    text,
    map: composeMaps([normalized.map, joined.map]),
    sentences: [{ start: 0, end: text.length, pieces: [{ start: 0, end: text.length }] }],
    tokens,
    wordTokens: tokens.filter((t) => t.pos !== "記号").length,
    mentions: mentions.map((m): Mention => {
      let start = -1;
      for (let k = 0; k <= (m.nth ?? 0); k++) start = text.indexOf(m.evidence, start + 1);
      if (start === -1) throw new Error(`${m.evidence} is not in the analysed text`);
      return { concept: m.concept, term: m.term, from: 0, to: 1, start, end: start + m.evidence.length, sentence: m.sentence ?? 0 };
    }),
  };
}

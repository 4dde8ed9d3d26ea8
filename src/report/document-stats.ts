import { isSpaceUnit } from "../text/is-space.js";
import type { DocumentAnalysis } from "../pipeline.js";

/** Size figures of an analysed document, as the report columns define them. */
export interface DocumentStats {
  /** Code points of the analysed text, whitespace not counted. */
  readonly chars: number;
  /** Word tokens: punctuation, symbols and spaces not counted. */
  readonly tokens: number;
  readonly sentences: number;
}

export function documentStats(analysis: DocumentAnalysis): DocumentStats {
  return { chars: countVisibleChars(analysis.text), tokens: analysis.wordTokens, sentences: analysis.sentences.length };
}

/** Code points that are not whitespace; a loop over code units, as documents can be 50 MB. */
function countVisibleChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    if (!isSpaceUnit(c)) n++;
  }
  return n;
}

/** Mentions per thousand word tokens, to two decimals (0 for a document with no words). */
export function per1k(count: number, tokens: number): number {
  return tokens === 0 ? 0 : Math.round((count / tokens) * 100_000) / 100;
}

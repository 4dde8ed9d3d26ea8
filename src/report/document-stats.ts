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
  let chars = 0;
  for (const ch of analysis.text) if (!/\s/u.test(ch)) chars++;
  return {
    chars,
    tokens: analysis.tokens.filter(isWord).length,
    sentences: analysis.sentences.length,
  };
}

export function isWord(token: { pos: string }): boolean {
  return token.pos !== "記号";
}

/** Mentions per thousand word tokens, to two decimals (0 for a document with no words). */
export function per1k(count: number, tokens: number): number {
  return tokens === 0 ? 0 : Math.round((count / tokens) * 100_000) / 100;
}

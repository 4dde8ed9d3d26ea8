import type { Matcher } from "./concepts/compile-matcher.js";
import type { Mention } from "./concepts/mention.js";
import { tagConcepts } from "./concepts/tag-concepts.js";
import type { Grammar } from "./grammar/load-grammar.js";
import { cleanClutter, type ClutterRules } from "./text/clean-clutter.js";
import { joinWrappedLines } from "./text/join-wrapped-lines.js";
import { normalizeText } from "./text/normalize-text.js";
import { IDENTITY_MAP, composeMaps, type OffsetMap } from "./text/offset-map.js";
import { splitSentences, type Sentence } from "./text/split-sentences.js";
import type { KuromojiTokenizer } from "./tokenize/load-tokenizer.js";
import { tokenizeSentences } from "./tokenize/tokenize-sentences.js";
import type { Token } from "./token.js";

/** Everything one document's analysis needs, loaded once. */
export interface PipelineContext {
  readonly tokenizer: KuromojiTokenizer;
  readonly grammar: Grammar;
  readonly matcher: Matcher;
  readonly clutter: ClutterRules;
  /** Remove web clutter before analysis (DESIGN.md; `--no-clean` turns it off). */
  readonly clean: boolean;
}

/** A document through the text stages, ready to tokenize; offsets in `text` map back to `source` via `map`. */
export interface PreparedText {
  readonly source: string;
  readonly text: string;
  readonly map: OffsetMap;
  readonly sentences: readonly Sentence[];
}

/** One document through every stage. */
export interface DocumentAnalysis extends PreparedText {
  /** Every token, when asked for (`keepTokens`); otherwise empty. */
  readonly tokens: readonly Token[];
  /** Word tokens (no punctuation or spaces), counted whether tokens are kept or not. */
  readonly wordTokens: number;
  readonly mentions: readonly Mention[];
}

/**
 * read → clean → normalise → join wraps → split sentences → tokenize → tag concepts.
 * A mention never crosses a sentence, so each sentence is tagged as it is tokenized and
 * its tokens are dropped unless `keepTokens`: memory stays small on a 50 MB document.
 * `onSentence` sees each sentence's tokens and mentions (token offsets within the sentence).
 */
export function analyzeDocument(
  source: string,
  ctx: PipelineContext,
  keepTokens = true,
  onSentence?: (tokens: readonly Token[], mentions: readonly Mention[]) => void,
): DocumentAnalysis {
  const prepared = prepareText(source, ctx);
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  let seen = 0;
  let wordTokens = 0;
  for (const own of sentenceTokens(prepared, ctx.tokenizer)) {
    const local = tagConcepts(own, ctx.matcher, ctx.grammar);
    for (const m of local) mentions.push({ ...m, from: m.from + seen, to: m.to + seen });
    onSentence?.(own, local);
    for (const t of own) if (isWord(t)) wordTokens++;
    if (keepTokens) for (const t of own) tokens.push(t);
    seen += own.length;
  }
  return { ...prepared, tokens, wordTokens, mentions };
}

/** read → clean → normalise → join wraps → split sentences. */
export function prepareText(source: string, ctx: Pick<PipelineContext, "clean" | "clutter">): PreparedText {
  const cleaned = ctx.clean ? cleanClutter(source, ctx.clutter) : { text: source, map: IDENTITY_MAP };
  const normalized = normalizeText(cleaned.text);
  const joined = joinWrappedLines(normalized.text);
  return { source, text: joined.text, map: composeMaps([cleaned.map, normalized.map, joined.map]), sentences: splitSentences(joined.text) };
}

/** The tokens of each sentence in turn, tokenized only as they are asked for. */
export function* sentenceTokens(prepared: PreparedText, tokenizer: KuromojiTokenizer): Generator<Token[]> {
  for (const [i, sentence] of prepared.sentences.entries()) yield tokenizeSentences(prepared.text, [sentence], tokenizer, i);
}

/** Word tokens are what `tokens` counts: punctuation, symbols and spaces are not words. */
export function isWord(token: Pick<Token, "pos">): boolean {
  return token.pos !== "記号";
}

/** Tokenizes a short text (a dictionary term) exactly as documents are tokenized. */
export function tokenizeTerm(text: string, tokenizer: KuromojiTokenizer): Token[] {
  const normalized = normalizeText(text).text;
  const whole = { start: 0, end: normalized.length };
  return tokenizeSentences(normalized, [{ ...whole, pieces: [whole] }], tokenizer);
}

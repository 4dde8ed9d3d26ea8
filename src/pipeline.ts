import { collectWords, decidedByDocument, filterByDocument } from "./concepts/check-context.js";
import { ruleKey, type Matcher } from "./concepts/compile-matcher.js";
import type { Mention } from "./concepts/mention.js";
import { tagConcepts } from "./concepts/tag-concepts.js";
import type { Grammar } from "./grammar/load-grammar.js";
import { cleanClutter, type ClutterRules } from "./text/clean-clutter.js";
import { joinWrappedLines } from "./text/join-wrapped-lines.js";
import { normalizeText } from "./text/normalize-text.js";
import { IDENTITY_MAP, composeMaps, type OffsetMap } from "./text/offset-map.js";
import { splitSentences, type Sentence } from "./text/split-sentences.js";
import type { Tokenizer } from "./tokenize/tokenizer.js";
import { tokenizeSentences } from "./tokenize/tokenize-sentences.js";
import type { Token } from "./token.js";

/** Everything one document's analysis needs, loaded once. */
export interface PipelineContext {
  readonly tokenizer: Tokenizer;
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
 * Tokens of a sentence, or of a window of a long one: what lies in [from, to) is this
 * window's, the rest is context read on each side. `mentions` are all those found on
 * `tokens`, context included, by token offsets within `tokens`.
 */
export interface TokenWindow {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
  readonly mentions: readonly Mention[];
}

/**
 * read → clean → normalise → join wraps → split sentences → tokenize → tag concepts.
 * A mention never crosses a sentence, so each sentence is tagged as it is tokenized and
 * its tokens are dropped unless `keepTokens`: memory stays small on a 50 MB document.
 * `onWindow` sees each sentence (or window of a long one) with its mentions.
 */
export function analyzeDocument(source: string, ctx: PipelineContext, keepTokens = true, onWindow?: (window: TokenWindow) => void): DocumentAnalysis {
  const prepared = prepareText(source, ctx);
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  let seen = 0;
  let wordTokens = 0;
  const words = new Set<string>();
  const rules = ctx.matcher.documentRules;
  const ruleOf = (m: Mention) => rules.get(ruleKey(m.concept, m.term));
  // Whether a document-wide rule keeps a mention may be known only once more of the document
  // is read: a window with an undecided mention waits, with the windows after it (in order, so
  // the terms come out in the same order), and `onWindow` sees only the mentions the document
  // keeps, as `mentions` are. Usually a rule is decided within a few sentences (a word near it
  // is seen), so few windows wait.
  const waiting: TokenWindow[] = [];
  const undecided = (window: TokenWindow): boolean => rules.size > 0 && window.mentions.some((m) => !decidedByDocument(ruleOf(m), words));
  const hand = (window: TokenWindow): void => onWindow!({ ...window, mentions: rules.size === 0 ? window.mentions : filterByDocument(window.mentions, ruleOf, words) });
  for (const window of tokenWindows(prepared, ctx.tokenizer)) {
    const found = tagConcepts(window.tokens, ctx.matcher, ctx.grammar);
    const shift = seen - window.from;
    for (const m of found) if (m.from >= window.from && m.from < window.to) mentions.push({ ...m, from: m.from + shift, to: m.to + shift });
    collectWords(window.tokens, ctx.matcher.documentWords, words);
    if (onWindow) {
      waiting.push({ ...window, mentions: found });
      while (waiting.length > 0 && !undecided(waiting[0]!)) hand(waiting.shift()!);
    }
    for (let i = window.from; i < window.to; i++) {
      const t = window.tokens[i]!;
      if (isWord(t)) wordTokens++;
      if (keepTokens) tokens.push(t);
    }
    seen += window.to - window.from;
  }
  const kept = rules.size === 0 ? mentions : filterByDocument(mentions, ruleOf, words);
  for (const window of waiting) hand(window);
  return { ...prepared, tokens, wordTokens, mentions: kept };
}

/** Pieces of a long sentence tagged together, and pieces of context read on each side (≥ 256 characters, longer than any term). */
const WINDOW_PIECES = 32;
const MARGIN_PIECES = 2;

/**
 * The tokens to tag, a sentence at a time; a sentence longer than WINDOW_PIECES pieces
 * (text without 。、 runs to megabytes) a window at a time, with MARGIN_PIECES pieces of
 * context on each side, of which only the mentions starting in [from, to) count. Pieces
 * are tokenized one by one either way, so the tokens are the same; only a window's are
 * held, not a whole 6 MB sentence's (which took 0.5 GB).
 */
function* tokenWindows(prepared: PreparedText, tokenizer: Tokenizer): Generator<{ tokens: Token[]; from: number; to: number }> {
  for (const [i, sentence] of prepared.sentences.entries()) {
    const { pieces } = sentence;
    if (pieces.length <= WINDOW_PIECES + 2 * MARGIN_PIECES) {
      const tokens = tokenizeSentences(prepared.text, [sentence], tokenizer, i);
      yield { tokens, from: 0, to: tokens.length };
      continue;
    }
    const byPiece = new Map<number, Token[]>();
    const piece = (k: number): Token[] => {
      let tokens = byPiece.get(k);
      if (!tokens) {
        const span = pieces[k]!;
        tokens = tokenizeSentences(prepared.text, [{ ...span, pieces: [span] }], tokenizer, i);
        byPiece.set(k, tokens);
      }
      return tokens;
    };
    for (let w = 0; w < pieces.length; w += WINDOW_PIECES) {
      const end = Math.min(pieces.length, w + WINDOW_PIECES);
      const tokens: Token[] = [];
      const add = (k: number): void => {
        for (const t of piece(k)) tokens.push(t);
      };
      for (let k = Math.max(0, w - MARGIN_PIECES); k < w; k++) add(k);
      const from = tokens.length;
      for (let k = w; k < end; k++) add(k);
      const to = tokens.length;
      for (let k = end; k < Math.min(pieces.length, end + MARGIN_PIECES); k++) add(k);
      for (const k of byPiece.keys()) if (k < end - MARGIN_PIECES) byPiece.delete(k);
      yield { tokens, from, to };
    }
  }
}

/** read → clean → normalise → join wraps → split sentences. */
export function prepareText(source: string, ctx: Pick<PipelineContext, "clean" | "clutter">): PreparedText {
  const cleaned = ctx.clean ? cleanClutter(source, ctx.clutter) : { text: source, map: IDENTITY_MAP };
  const normalized = normalizeText(cleaned.text);
  const joined = joinWrappedLines(normalized.text);
  return { source, text: joined.text, map: composeMaps([cleaned.map, normalized.map, joined.map]), sentences: splitSentences(joined.text) };
}

/** The tokens of each sentence in turn, tokenized only as they are asked for. */
export function* sentenceTokens(prepared: PreparedText, tokenizer: Tokenizer): Generator<Token[]> {
  for (const [i, sentence] of prepared.sentences.entries()) yield tokenizeSentences(prepared.text, [sentence], tokenizer, i);
}

/** Word tokens are what `tokens` counts: punctuation, symbols and spaces are not words. */
export function isWord(token: Pick<Token, "pos">): boolean {
  return token.pos !== "記号";
}

/** Tokenizes a short text (a dictionary term) exactly as documents are tokenized. */
export function tokenizeTerm(text: string, tokenizer: Tokenizer): Token[] {
  const normalized = normalizeText(text).text;
  const whole = { start: 0, end: normalized.length };
  return tokenizeSentences(normalized, [{ ...whole, pieces: [whole] }], tokenizer);
}

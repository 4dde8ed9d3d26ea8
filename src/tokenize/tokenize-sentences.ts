import type { Sentence } from "../text/split-sentences.js";
import type { Token } from "../token.js";
import type { Tokenizer, WordToken } from "./tokenizer.js";

/**
 * Tokenizes each sentence and places its tokens at their offsets in the whole text;
 * `first` is the number of the first sentence given.
 */
export function tokenizeSentences(text: string, sentences: readonly Sentence[], tokenizer: Tokenizer, first = 0): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, i) => {
    const sentence = first + i;
    for (const piece of s.pieces) {
      let at = piece.start;
      for (const k of tokenizer.tokenize(text.slice(piece.start, piece.end))) {
        const end = at + k.surface.length;
        tokens.push(toToken(k, at, end, sentence));
        at = end;
      }
    }
  });
  return tokens;
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

export function toToken(k: WordToken, start: number, end: number, sentence: number): Token {
  const known = k.known;
  // IPADIC tags unknown ASCII punctuation (":" after NFKC) as a サ変 noun, which
  // would glue 効果: to the next noun; it is a symbol.
  const symbol = !known && PUNCTUATION.test(k.surface);
  return {
    surface: k.surface,
    pos: symbol ? "記号" : k.pos,
    posDetail1: symbol ? "一般" : k.posDetail1,
    posDetail2: k.posDetail2,
    posDetail3: k.posDetail3,
    basicForm: k.basicForm === "*" ? k.surface : k.basicForm,
    reading: known ? k.reading : "",
    known,
    start,
    end,
    sentence,
  };
}

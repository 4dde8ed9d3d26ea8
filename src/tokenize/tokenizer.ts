/**
 * The tokenizer as kouka's core sees it: a sentence in, words out. Engines are adapters
 * behind this interface (ipadic-engine.ts, kouka's own over IPADIC; kuromoji-stock.ts, stock
 * kuromoji, the reference); nothing in the core knows which one it was given.
 */
export interface Tokenizer {
  /**
   * The words of `text` in order, as IPADIC describes them. Like kuromoji, the text is cut
   * after each 、 and 。 and every part is tokenized on its own.
   */
  tokenize(text: string): readonly WordToken[];
}

/** One word as IPADIC describes it; fields IPADIC leaves unset are "" (an unknown word has no reading). */
export interface WordToken {
  readonly surface: string;
  /** Part of speech and its three sub-categories, `*` when not set. */
  readonly pos: string;
  readonly posDetail1: string;
  readonly posDetail2: string;
  readonly posDetail3: string;
  readonly conjugatedType: string;
  readonly conjugatedForm: string;
  /** Dictionary form, `*` for most unknown words. */
  readonly basicForm: string;
  /** Katakana reading and pronunciation; "" for unknown words. */
  readonly reading: string;
  readonly pronunciation: string;
  /** Whether the word is in the dictionary. */
  readonly known: boolean;
}

/** Where kuromoji cuts a text into sentences: after each of these. */
export function isSentenceEnd(unit: number): boolean {
  return unit === 0x3001 || unit === 0x3002; // 、 。
}

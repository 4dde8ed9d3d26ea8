/** A word token as kouka's stages see it: kuromoji's fields plus positions. */
export interface Token {
  /** Surface form in the normalised text. */
  readonly surface: string;
  /** Part of speech, e.g. 名詞, 助詞, 記号. */
  readonly pos: string;
  /** POS sub-categories (IPADIC), `*` when not set. */
  readonly posDetail1: string;
  readonly posDetail2: string;
  readonly posDetail3: string;
  /** Dictionary form; the surface for unknown words. */
  readonly basicForm: string;
  /** Katakana reading; empty for unknown words. */
  readonly reading: string;
  /** Whether kuromoji found the word in its dictionary. */
  readonly known: boolean;
  /** UTF-16 offsets into the normalised document text. */
  readonly start: number;
  readonly end: number;
  /** 0-based sentence number within the document. */
  readonly sentence: number;
}

/** A compound-noun unit: a run of tokens that together name one thing (e.g. 補助金戦争). */
export interface Compound {
  /** Token range [from, to) in the document's token array. */
  readonly from: number;
  readonly to: number;
  /** The unit as text: its parts joined, Latin words separated by a space. */
  readonly text: string;
  /** The simple nouns it is made of, in order (FLR scores their adjacency). */
  readonly parts: readonly string[];
  /** 0-based sentence number within the document. */
  readonly sentence: number;
  /**
   * POS path ("名詞,形容動詞語幹,*,*") of each token in [from, to): facts about the text, so
   * that what may stand as a term is decided later, from data (dictionaries/terms.yaml).
   */
  readonly tags?: readonly string[];
  /** "POS path:surface" of the token right after the unit in its sentence, "" at the end. */
  readonly next?: string;
}

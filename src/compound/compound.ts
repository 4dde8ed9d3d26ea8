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
}

/** One occurrence of a concept in a document: what tagging produces and counting reads. */
export interface Mention {
  readonly concept: string;
  /** The dictionary spelling that matched (規模の経済性). */
  readonly term: string;
  /** Token range [from, to) of the evidence, in the document's tokens. */
  readonly from: number;
  readonly to: number;
  /** UTF-16 offsets of the evidence in the analysed (normalised) text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

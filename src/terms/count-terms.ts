import type { Compound } from "../compound/compound.js";

/** The scorers' input: per document, its compound units in text order. */
export type Corpus = readonly (readonly Compound[])[];

/** One candidate term: every compound unit with the same text. */
export interface TermStats {
  readonly text: string;
  /** The segmentation the scorers use for this text (see `countTerms`). */
  readonly parts: readonly string[];
  /** Occurrences as a unit of its own (not inside a longer unit). */
  readonly frequency: number;
  /** Documents with at least one such occurrence. */
  readonly documents: number;
}


/**
 * The simple nouns of a unit. A unit without parts is treated as one noun, its text,
 * so that every term has a length of at least 1 (TermExtract does the same).
 */
export function partsOf(compound: Pick<Compound, "text" | "parts">): readonly string[] {
  return compound.parts.length > 0 ? compound.parts : [compound.text];
}

/** U+0000 cannot occur in a noun, so joined keys are unambiguous. */
export const PART_SEPARATOR = "\u0000";

export function partsKey(parts: readonly string[]): string {
  return parts.join(PART_SEPARATOR);
}

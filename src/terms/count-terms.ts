import type { Compound } from "../compound/compound.js";
import { termStatsOf, termTableOf } from "./term-table.js";

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
 * Groups the corpus's compound units by text.
 *
 * Terms are keyed by text because that is what users see and what the dictionary
 * matches. The same text can, rarely, come with different parts (kuromoji splitting
 * differently in different contexts); the segmentation seen most often wins, ties
 * going to the smallest by code point, so the choice never depends on input order.
 */
export function countTerms(corpus: Corpus): Map<string, TermStats> {
  return termStatsOf(termTableOf(corpus));
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

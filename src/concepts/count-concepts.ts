import { compareCodePoints } from "../text/compare-code-points.js";
import type { Dictionary } from "../dictionary/dictionary.js";
import type { Mention } from "./mention.js";

/** A concept's count in one document, with the evidence summarised. */
export interface ConceptCount {
  readonly concept: string;
  readonly count: number;
  /** Distinct sentences with at least one mention. */
  readonly sentencesWith: number;
  /** Dictionary spellings that matched, with their counts, most frequent first. */
  readonly variants: readonly (readonly [string, number])[];
}

/** Counts mentions per concept, in dictionary order; every count is a number of mentions. */
export function countConcepts(mentions: readonly Mention[], dictionary: Dictionary): ConceptCount[] {
  return dictionary.concepts.map((c) => {
    const own = mentions.filter((m) => m.concept === c.id);
    return {
      concept: c.id,
      count: own.length,
      sentencesWith: new Set(own.map((m) => m.sentence)).size,
      variants: tally(own.map((m) => m.term)),
    };
  });
}

/** A frequency table as [item, count] pairs: count descending, then item by code point. */
export function tally(items: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return sortTally(counts);
}

export function sortTally(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
}

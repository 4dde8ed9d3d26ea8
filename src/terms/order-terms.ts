import { compareCodePoints } from "../text/compare-code-points.js";

/** One output row of `kouka terms` (and of term suggestions). */
export interface TermRow {
  /** 1-based; unique, since ties are broken (see `compareScoredTerms`). */
  readonly rank: number;
  readonly term: string;
  /** Rounded to 4 decimals so CSV output is stable across platforms. */
  readonly score: number;
  readonly frequency: number;
  readonly documents: number;
  /** Concept id, or "" when the term names none. */
  readonly concept: string;
}

export interface ScoredTerm {
  readonly term: string;
  readonly score: number;
  readonly frequency: number;
  readonly documents: number;
  /** Lower tiers come first whatever the score (keyness: significant terms, then the rest); default 0. */
  readonly tier?: number;
}

/**
 * Tier ascending, then score descending, then frequency descending, then term by code point.
 *
 * Scores are compared at 12 significant digits, not bit for bit: equal scores reached
 * along different float paths (√8 for one term, 2·√2 for another) may differ in the
 * last bit, and that noise would otherwise decide the order of rows that print the
 * same score. 12 digits is far below any real difference (output shows 4 decimals)
 * and far above double rounding error (~16 digits).
 */
export function compareScoredTerms(a: ScoredTerm, b: ScoredTerm): number {
  const byTier = (a.tier ?? 0) - (b.tier ?? 0);
  if (byTier !== 0) return byTier;
  const byScore = comparable(b.score) - comparable(a.score);
  if (byScore !== 0) return byScore;
  if (a.frequency !== b.frequency) return b.frequency - a.frequency;
  return compareCodePoints(a.term, b.term);
}

function comparable(score: number): number {
  return Number(score.toPrecision(12));
}

/** Rounds for output; `|| 0` turns -0 into 0 so it never prints as "-0". */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000 || 0;
}

/** Sorts (a copy), keeps the first `top`, numbers from 1 and rounds scores. */
export function toTermRows(
  scored: readonly ScoredTerm[],
  top: number | undefined,
  conceptOf: (term: string) => string,
): TermRow[] {
  const sorted = [...scored].sort(compareScoredTerms);
  const kept = top === undefined ? sorted : sorted.slice(0, top);
  // conceptOf runs only on kept rows: it may scan the dictionary.
  return kept.map((item, index) => ({
    rank: index + 1,
    term: item.term,
    score: roundScore(item.score),
    frequency: item.frequency,
    documents: item.documents,
    concept: conceptOf(item.term),
  }));
}

/** Limits such as `top` come from the command line; reject what would be silently odd. */
export function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}

/** Listed concepts first, in their order; then the rest by code point (input-order free). */
export function orderConcepts(found: readonly string[], listed: readonly string[]): string[] {
  const present = new Set(found);
  const first = [...new Set(listed)].filter((concept) => present.has(concept));
  const listedSet = new Set(listed);
  const rest = found.filter((concept) => !listedSet.has(concept)).sort(compareCodePoints);
  return [...first, ...rest];
}

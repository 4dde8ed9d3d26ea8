import { compareCodePoints } from "../text/compare-code-points.js";
import { logLikelihood, SIGNIFICANT } from "./log-likelihood.js";
import { checkCount, compareScoredTerms, roundScore, type ScoredTerm } from "./order-terms.js";

/** One group's term counts: what a reducer sums over the group's documents. */
export interface GroupTermCounts {
  readonly group: string;
  /** Occurrences of each term as a unit of its own, in the group. */
  readonly frequencies: ReadonlyMap<string, number>;
  /** Documents of the group with the term. */
  readonly documents?: ReadonlyMap<string, number>;
  /** All noun units of the group (before any filter), the target size. */
  readonly total: number;
}

/** A term that sets one group apart from the others (`terms --by`). */
export interface GroupTermRow {
  readonly group: string;
  /** 1-based within the group. */
  readonly rank: number;
  readonly term: string;
  /** log2((per million in the group + 1) / (per million in the rest + 1)). */
  readonly score: number;
  /** Signed log-likelihood, group against the rest (Dunning; Rayson & Garside). */
  readonly g2: number;
  readonly frequency: number;
  readonly documents: number;
  /** Occurrences in all the other groups together. */
  readonly rest: number;
}

export interface DistinguishGroupsOptions {
  /** The first `top` rows of each group; all when absent. */
  readonly top?: number;
  /** Only terms seen at least this many times in the group; default 1. */
  readonly minFrequency?: number;
}

/**
 * The terms that distinguish each group from the rest of the corpus: keyness with the
 * group as the target and all other groups together as the reference, so the same
 * measure as `kouka terms`' default ranking, with a corpus-made reference.
 *
 * A group's terms more frequent in it than in the rest, significantly (G² ≥ 3.84),
 * come first, ordered by the log ratio of their rates (per million + 1 on both sides);
 * then the rest of its terms that are more frequent in it, in the same order. Terms no
 * more frequent in the group than elsewhere are not listed for it. Groups come in the
 * order given; everything is computed from sums, so groups reduced from many shards give
 * the same rows as one run.
 */
export function distinguishGroups(groups: readonly GroupTermCounts[], options: DistinguishGroupsOptions = {}): GroupTermRow[] {
  checkCount("top", options.top);
  checkCount("minFrequency", options.minFrequency);
  const minFrequency = options.minFrequency ?? 1;
  const allFrequencies = new Map<string, number>();
  let allTotal = 0;
  for (const g of groups) {
    allTotal += g.total;
    for (const [term, f] of g.frequencies) allFrequencies.set(term, (allFrequencies.get(term) ?? 0) + f);
  }
  const rows: GroupTermRow[] = [];
  for (const g of groups) {
    const restTotal = allTotal - g.total;
    const found: (ScoredTerm & { g2: number; rest: number })[] = [];
    for (const [term, frequency] of g.frequencies) {
      if (frequency < minFrequency) continue;
      const rest = (allFrequencies.get(term) ?? 0) - frequency;
      const here = g.total === 0 ? 0 : (frequency / g.total) * 1_000_000;
      const there = restTotal === 0 ? 0 : (rest / restTotal) * 1_000_000;
      if (here <= there) continue;
      const g2 = logLikelihood(frequency, rest, g.total, restTotal);
      found.push({
        term,
        score: Math.log2((here + 1) / (there + 1)),
        frequency,
        documents: g.documents?.get(term) ?? 0,
        tier: g2 >= SIGNIFICANT ? 0 : 1,
        g2,
        rest,
      });
    }
    found.sort((a, b) => compareScoredTerms(a, b) || compareCodePoints(a.term, b.term));
    const kept = options.top === undefined ? found : found.slice(0, options.top);
    kept.forEach((item, index) =>
      rows.push({
        group: g.group,
        rank: index + 1,
        term: item.term,
        score: roundScore(item.score),
        g2: roundScore(item.g2),
        frequency: item.frequency,
        documents: item.documents,
        rest: item.rest,
      }),
    );
  }
  return rows;
}

import { logLikelihoodAgainstRate, SIGNIFICANT } from "./log-likelihood.js";
import type { TermStats } from "./count-terms.js";
import { referenceProportion, type TermReference } from "./term-reference.js";

export interface Keyness {
  /**
   * log2 of Kilgarriff's "simple maths" ratio, (per million here + 1) / (per million in the
   * reference + 1): 1 = twice as frequent as in general text, 10 = about a thousand times.
   */
  readonly ratio: number;
  /** Signed log-likelihood against the reference (see logLikelihoodAgainstRate). */
  readonly g2: number;
  /** More frequent here than in the reference, significantly (G² ≥ 3.84, p < 0.05). */
  readonly key: boolean;
  /**
   * An everyday word: the reference gives it a higher rate than a word it does not list
   * (企業, 価値, 規模). Never a dictionary candidate on its own, however key it is here.
   */
  readonly general: boolean;
}

/**
 * Keyness of every term against a general-language reference.
 *
 * `total` is the number of noun units of the target (a document, a group, the corpus):
 * Σ frequency over all units, counted before any filter hides some; like the terms'
 * frequencies it is a sum, so shards' counts add up.
 *
 * Two numbers, for two questions (Hardie 2014: rank by effect size, filter by
 * significance). G² says whether the difference from the reference is more than chance;
 * it grows with frequency, so on its own it ranks the most frequent generic words of a
 * field (企業, 市場 in business text) first. The ratio says how much more frequent the
 * term is here, which is what sets a specific term apart; the +1 on both sides
 * (Kilgarriff 2009, N = 1) keeps words the reference barely knows from dividing by
 * nearly nothing, so among new compounds the more frequent wins.
 */
export function scoreKeyness(terms: Iterable<TermStats>, total: number, reference: TermReference): Map<string, Keyness> {
  const scores = new Map<string, Keyness>();
  for (const term of terms) {
    const p = referenceProportion(term.text, term.parts, reference);
    const g2 = logLikelihoodAgainstRate(term.frequency, total, p);
    const here = total === 0 ? 0 : (term.frequency / total) * 1_000_000;
    const ratio = Math.log2((here + 1) / (p * 1_000_000 + 1));
    scores.set(term.text, { ratio, g2, key: g2 >= SIGNIFICANT, general: p * 1_000_000 > reference.defaultPerMillion });
  }
  return scores;
}

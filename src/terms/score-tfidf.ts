import type { Corpus } from "./count-terms.js";
import { termTableOf, type TermTable } from "./term-table.js";

/**
 * TF-IDF of every candidate term, as natural's TfIdf computes it (test/terms checks
 * against natural itself):
 *
 *     tf(t, d) = occurrences of t as a unit in document d
 *     idf(t)   = 1 + ln( N / (1 + df(t)) )      N documents, df(t) containing t
 *     score(t) = max over documents d of tf(t, d) · idf(t)
 *
 * idf(t) is positive (N / (1 + df) > 1/2), so the max over documents is the largest tf
 * times idf, bit for bit: the table keeps that largest tf, and scores can be computed
 * from tables merged from many runs.
 *
 * Max rather than sum over documents: `terms` asks which terms matter, and a term
 * that dominates one article (a company's own product name) is what a reader of a
 * folder of articles wants surfaced. The sum is Σ tf · idf = corpus frequency · idf,
 * which mostly re-ranks by frequency and is what the `frequency` column already shows.
 *
 * With one document, idf is the same constant (1 + ln ½ ≈ 0.307) for every term, so
 * the ranking is by frequency; TF-IDF is meant for folders.
 */
export function scoreTfIdf(corpus: Corpus): Map<string, number> {
  return tfIdfScores(termTableOf(corpus));
}

export function tfIdfScores(table: TermTable): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [term, entry] of table.terms) {
    const idf = 1 + Math.log(table.documents / (1 + entry.documents));
    scores.set(term, entry.maxInDocument * idf);
  }
  return scores;
}

import type { Corpus } from "./count-terms.js";

/**
 * TF-IDF of every candidate term, as natural's TfIdf computes it (kouka used natural
 * 8.1.1 for this; test/terms/score-tfidf.test.ts checks that the scores are identical):
 *
 *     tf(t, d) = occurrences of t as a unit in document d
 *     idf(t)   = 1 + ln( N / (1 + df(t)) )      N documents, df(t) containing t
 *     score(t) = max over documents d of tf(t, d) · idf(t)
 *
 * Each document is the list of its compound texts, each counted as one unit, with no
 * stop-word filtering (as natural counts a document given as an array).
 *
 * Max rather than sum over documents: `terms` asks which terms matter, and a term
 * that dominates one article (a company's own product name) is what a reader of a
 * folder of articles wants surfaced. The sum is Σ tf · idf = corpus frequency · idf,
 * which mostly re-ranks by frequency and is what the `frequency` column already shows.
 *
 * With one document, idf is the same constant (1 + ln ½ ≈ 0.307) for every term, so
 * the ranking is by frequency; TF-IDF is meant for folders.
 */
export function scoreTfIdf(corpus: Corpus, idfCorpus?: Corpus): Map<string, number> {
  if (idfCorpus !== undefined) return scoreAgainst(corpus, idfCorpus);
  const counts = corpus.map((compounds) => {
    const tf = new Map<string, number>();
    for (const { text } of compounds) tf.set(text, (tf.get(text) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const scores = new Map<string, number>();
  for (const tf of counts) {
    for (const [term, n] of tf) {
      const idf = 1 + Math.log(counts.length / (1 + df.get(term)!));
      const value = n * idf;
      const best = scores.get(term);
      if (best === undefined || value > best) scores.set(term, value);
    }
  }
  return scores;
}

/**
 * For `--per-document`: tf counted in `corpus` (one document, after the term filters),
 * idf(t) = 1 + ln(N / (1 + df(t))) over `idfCorpus`, the whole input, as natural computes it.
 */
function scoreAgainst(corpus: Corpus, idfCorpus: Corpus): Map<string, number> {
  const df = new Map<string, number>();
  for (const compounds of idfCorpus) for (const text of new Set(compounds.map((c) => c.text))) df.set(text, (df.get(text) ?? 0) + 1);
  const scores = new Map<string, number>();
  for (const compounds of corpus) {
    const tf = new Map<string, number>();
    for (const c of compounds) tf.set(c.text, (tf.get(c.text) ?? 0) + 1);
    for (const [text, count] of tf) {
      const value = count * (1 + Math.log(idfCorpus.length / (1 + (df.get(text) ?? 0))));
      const best = scores.get(text);
      if (best === undefined || value > best) scores.set(text, value);
    }
  }
  return scores;
}

// Only the TfIdf submodule: `natural` as a whole prints dotenv banners to stdout
// and takes over a second to load.
import tfidfModule from "natural/lib/natural/tfidf/index.js";
import type { Corpus } from "./count-terms.js";

const { TfIdf } = tfidfModule;

/**
 * TF-IDF of every candidate term, as natural's TfIdf computes it:
 *
 *     tf(t, d) = occurrences of t as a unit in document d
 *     idf(t)   = 1 + ln( N / (1 + df(t)) )      N documents, df(t) containing t
 *     score(t) = max over documents d of tf(t, d) · idf(t)
 *
 * Each document is given to natural as the array of its compound texts. Given a
 * string, natural would run its English word tokenizer, which keeps only [A-Za-z0-9]
 * and so deletes every Japanese term; an array is taken as the tokens as they are,
 * with no stop-word filtering.
 *
 * Max rather than sum over documents: `terms` asks which terms matter, and a term
 * that dominates one article (a company's own product name) is what a reader of a
 * folder of articles wants surfaced. The sum is Σ tf · idf = corpus frequency · idf,
 * which mostly re-ranks by frequency and is what the `frequency` column already shows.
 *
 * With one document, idf is the same constant (1 + ln ½ ≈ 0.307) for every term, so
 * the ranking is by frequency; TF-IDF is meant for folders.
 *
 * Known limit of natural's plain-object documents: a term spelled `__proto__` cannot
 * be stored. The compound extractor drops symbols, so such a unit never reaches here.
 */
export function scoreTfIdf(corpus: Corpus, idfCorpus?: Corpus): Map<string, number> {
  if (idfCorpus !== undefined) return scoreAgainst(corpus, idfCorpus);
  const tfidf = new TfIdf();
  const termsByDocument: Set<string>[] = [];
  for (const compounds of corpus) {
    const tokens = compounds.map((compound) => compound.text);
    tfidf.addDocument(tokens);
    termsByDocument.push(new Set(tokens));
  }
  const scores = new Map<string, number>();
  termsByDocument.forEach((terms, index) => {
    // Ask only about terms the document has: natural's tf of an absent term that
    // shares a name with an Object.prototype member (`constructor`) is that member.
    for (const term of terms) {
      const value = tfidf.tfidf([term], index);
      const best = scores.get(term);
      if (best === undefined || value > best) scores.set(term, value);
    }
  });
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

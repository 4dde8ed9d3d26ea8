import { countTerms, type Corpus } from "./count-terms.js";
import { checkCount, toTermRows, type ScoredTerm, type TermRow } from "./order-terms.js";
import { scoreCValue } from "./score-cvalue.js";
import { scoreFlr } from "./score-flr.js";
import { scoreTfIdf } from "./score-tfidf.js";

export type { TermRow } from "./order-terms.js";

export type TermScoreName = "flr" | "cvalue" | "tfidf";

export interface RankTermsOptions {
  readonly score: TermScoreName;
  /** Keep only the first `top` rows (after ranking); all rows when absent. */
  readonly top?: number;
  /** Drop terms seen fewer times as a unit of their own; default 1 (keep all). */
  readonly minFrequency?: number;
  /** Concept id of a term that is or contains a dictionary term. */
  readonly conceptOf?: (term: string) => string | undefined;
}

const SCORERS: Readonly<Record<TermScoreName, (corpus: Corpus) => Map<string, number>>> = {
  flr: scoreFlr,
  cvalue: scoreCValue,
  tfidf: scoreTfIdf,
};

/**
 * Ranks the corpus's compound units as terms (`kouka terms`).
 *
 * Candidates are the compounds as given: the extractor has already dropped numbers,
 * symbols and stop words. Scores are computed over all candidates before
 * `minFrequency` filters, so a threshold hides rows but never changes another
 * term's score (FLR adjacency and C-value nesting still see the rare units).
 * Rows are ranked on unrounded scores and are the same whatever the order of
 * documents or of compounds within them.
 */
export function rankTerms(corpus: Corpus, options: RankTermsOptions): TermRow[] {
  checkCount("top", options.top);
  checkCount("minFrequency", options.minFrequency);
  const scorer = SCORERS[options.score];
  if (scorer === undefined) throw new RangeError(`unknown term score: ${String(options.score)}`);

  const scores = scorer(corpus);
  const minFrequency = options.minFrequency ?? 1;
  const scored: ScoredTerm[] = [];
  for (const term of countTerms(corpus).values()) {
    if (term.frequency < minFrequency) continue;
    scored.push({
      term: term.text,
      score: scores.get(term.text) ?? 0,
      frequency: term.frequency,
      documents: term.documents,
    });
  }
  const conceptOf = options.conceptOf;
  return toTermRows(scored, options.top, (term) => conceptOf?.(term) ?? "");
}

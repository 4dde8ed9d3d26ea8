import type { Corpus } from "./count-terms.js";
import { checkCount, toTermRows, type ScoredTerm, type TermRow } from "./order-terms.js";
import { cValueScores } from "./score-cvalue.js";
import { flrScores } from "./score-flr.js";
import { tfIdfScores } from "./score-tfidf.js";
import { mostFrequent, termStatsOf, termTableOf, type TermTable } from "./term-table.js";

export type { TermRow } from "./order-terms.js";

export type TermScoreName = "flr" | "cvalue" | "tfidf";

export interface RankTermsOptions {
  readonly score: TermScoreName;
  /** Keep only the first `top` rows (after ranking); all rows when absent. */
  readonly top?: number;
  /** Drop terms seen fewer times as a unit of their own; default 1 (keep all). */
  readonly minFrequency?: number;
  /**
   * Concept id of a term that is or contains a dictionary term; by default the concept
   * the table saw its occurrences name most often (ties by code point).
   */
  readonly conceptOf?: (term: string) => string | undefined;
}

const SCORERS: Readonly<Record<TermScoreName, (table: TermTable) => Map<string, number>>> = {
  flr: flrScores,
  cvalue: cValueScores,
  tfidf: tfIdfScores,
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
  return rankTermTable(termTableOf(corpus), options);
}

/** `rankTerms` over a term table (one run's, or many runs' merged). */
export function rankTermTable(table: TermTable, options: RankTermsOptions): TermRow[] {
  checkCount("top", options.top);
  checkCount("minFrequency", options.minFrequency);
  const scorer = SCORERS[options.score];
  if (scorer === undefined) throw new RangeError(`unknown term score: ${String(options.score)}`);

  const scores = scorer(table);
  const minFrequency = options.minFrequency ?? 1;
  const scored: ScoredTerm[] = [];
  for (const term of termStatsOf(table).values()) {
    if (term.frequency < minFrequency) continue;
    scored.push({
      term: term.text,
      score: scores.get(term.text) ?? 0,
      frequency: term.frequency,
      documents: term.documents,
    });
  }
  const conceptOf = options.conceptOf ?? ((term: string) => conceptOfTerm(table, term));
  return toTermRows(scored, options.top, (term) => conceptOf(term) ?? "");
}

/** The concept a term's occurrences name most often, or undefined when they name none. */
export function conceptOfTerm(table: TermTable, term: string): string | undefined {
  const concepts = table.terms.get(term)?.concepts;
  return concepts === undefined || concepts.size === 0 ? undefined : mostFrequent(concepts);
}

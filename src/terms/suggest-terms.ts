import { compareCodePoints } from "../text/compare-code-points.js";
import type { Corpus } from "./count-terms.js";
import { termTableOf, type TermTable } from "./term-table.js";
import { checkCount, toTermRows, type ScoredTerm, type TermRow } from "./order-terms.js";

/** A concept mention, located only as far as co-occurrence needs: its sentence. */
export interface ConceptMention {
  readonly concept: string;
  /** 0-based sentence number within the document, as in `Compound.sentence`. */
  readonly sentence: number;
}

export interface SuggestTermsOptions {
  /**
   * Whether a compound is already covered by the dictionary. Called once per distinct
   * text; a caller wanting "is or contains a dictionary term" decides that here.
   */
  readonly isDictionaryTerm: (text: string) => boolean;
  /** Keep the first `top` suggestions of each concept; all when absent. */
  readonly top?: number;
  /**
   * Minimum number of sentences a term must share with the concept; default 2.
   * One shared sentence is one accident of phrasing, and with Jaccard a term seen
   * once next to a rarely mentioned concept would otherwise score near 1.
   */
  readonly minCooccurrence?: number;
  /** Concept ids in the order to report them (dictionary order); others follow by code point. */
  readonly concepts?: readonly string[];
}

/**
 * Suggests new dictionary terms: compounds that share sentences with a concept's
 * mentions but are not dictionary terms yet.
 *
 * `corpus[d]` and `mentions[d]` describe the same document d.
 *
 * Association is the Jaccard coefficient over sentences:
 *
 *     J(t, c) = |S(t) ∩ S(c)| / |S(t) ∪ S(c)|
 *
 * S(t) = sentences (of any document) containing the compound t as a unit, S(c) =
 * sentences with at least one mention of concept c. Why Jaccard:
 * - it is the default of KH Coder's 関連語検索 and 共起ネットワーク, which this tool's
 *   users already read, so the numbers mean what they expect;
 * - it ignores sentences that have neither (almost all of them), so appending unrelated
 *   text to the corpus does not change a score, unlike PMI or chi-square, which depend
 *   on the total number of sentences;
 * - it is bounded in [0, 1] and penalises terms frequent everywhere (市場, 企業) through
 *   the union, without PMI's bias toward terms seen once (the minCooccurrence floor
 *   guards the other end). Dice, 2|∩| / (|S(t)| + |S(c)|), ranks identically.
 *
 * Each row: `concept` = the concept it co-occurs with, `frequency` = shared sentences
 * |S(t) ∩ S(c)|, `documents` = documents with at least one shared sentence, and
 * `rank` counts within its concept. A term near two concepts yields two rows.
 */
export function suggestTerms(
  corpus: Corpus,
  mentions: readonly (readonly ConceptMention[])[],
  options: SuggestTermsOptions,
): TermRow[] {
  if (corpus.length !== mentions.length) {
    throw new RangeError(`corpus has ${corpus.length} documents but mentions has ${mentions.length}`);
  }
  return suggestFromTable(termTableOf(corpus, mentions), options);
}

/** `suggestTerms` over a term table built with `suggest` (one run's, or many runs' merged). */
export function suggestFromTable(table: TermTable, options: SuggestTermsOptions): TermRow[] {
  checkCount("top", options.top);
  checkCount("minCooccurrence", options.minCooccurrence);
  const minCooccurrence = options.minCooccurrence ?? 2;
  const tally = table.suggest ?? { conceptSentences: new Map<string, number>(), shared: new Map() };

  const known = new Map<string, boolean>();
  const isDictionaryTerm = (term: string): boolean => {
    let answer = known.get(term);
    if (answer === undefined) {
      answer = options.isDictionaryTerm(term);
      known.set(term, answer);
    }
    return answer;
  };
  const rows: TermRow[] = [];
  for (const concept of orderConcepts([...tally.conceptSentences.keys()], options.concepts ?? [])) {
    const withConcept = tally.conceptSentences.get(concept) ?? 0;
    const scored: ScoredTerm[] = [];
    for (const [term, byConcept] of tally.shared) {
      const shared = byConcept.get(concept);
      if (shared === undefined || shared.sentences < minCooccurrence) continue;
      if (isDictionaryTerm(term)) continue;
      const union = (table.terms.get(term)?.sentences ?? 0) + withConcept - shared.sentences;
      scored.push({ term, score: shared.sentences / union, frequency: shared.sentences, documents: shared.documents });
    }
    rows.push(...toTermRows(scored, options.top, () => concept));
  }
  return rows;
}

/** Listed concepts first, in their order; then the rest by code point (input-order free). */
function orderConcepts(found: readonly string[], listed: readonly string[]): string[] {
  const present = new Set(found);
  const first = [...new Set(listed)].filter((concept) => present.has(concept));
  const listedSet = new Set(listed);
  const rest = found.filter((concept) => !listedSet.has(concept)).sort(compareCodePoints);
  return [...first, ...rest];
}

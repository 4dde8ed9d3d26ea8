import { checkCount, orderConcepts, toTermRows, type ScoredTerm, type TermRow } from "./order-terms.js";
import { cValueScores } from "./score-cvalue.js";
import { flrScores } from "./score-flr.js";
import { scoreKeyness } from "./score-keyness.js";
import type { TermReference } from "./term-reference.js";
import { termRejection } from "./filter-terms.js";
import type { TermRules } from "./term-rules.js";
import { mostFrequent, termStatsOf, type TermEntry, type TermTable } from "./term-table.js";

/**
 * Rankings from mergeable term tables (`terms --from-partials`): sums, maxima and tallies
 * only, so tables of many runs give one run's ranking. The corpus-based rankers
 * (rank-terms.ts, suggest-terms.ts) add keyness, the term filters and --suggest evidence.
 */
export type TableScoreName = "flr" | "cvalue" | "tfidf";

export interface RankTableOptions {
  readonly score: TableScoreName | "keyness";
  /** The general-language reference; required by `keyness`. */
  readonly reference?: TermReference;
  /** What may stand as a term (terms.yaml + --term-list); the table's shapes must come from the same terms.yaml. */
  readonly rules?: TermRules;
  readonly top?: number;
  readonly minFrequency?: number;
  readonly conceptOf?: (term: string) => string | undefined;
}

/**
 * TF-IDF as natural computed it, `maxCount · (1 + ln(N / (1 + df)))`: idf is positive, so the
 * max over documents is the largest count times idf, bit for bit.
 */
export function tfIdfScores(table: TermTable): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [term, entry] of table.terms) {
    const idf = 1 + Math.log(table.documents / (1 + entry.documents));
    scores.set(term, entry.maxInDocument * idf);
  }
  return scores;
}

const SCORERS: Readonly<Record<TableScoreName, (table: TermTable) => Map<string, number>>> = {
  flr: flrScores,
  cvalue: cValueScores,
  tfidf: tfIdfScores,
};

/** Ranks a term table (one run's, or many runs' merged). */
export function rankTermTable(whole: TermTable, options: RankTableOptions): TermRow[] {
  checkCount("top", options.top);
  checkCount("minFrequency", options.minFrequency);
  // Keyness counts every unit, the rejected ones too (as rankTerms does over a corpus).
  let total = 0;
  for (const entry of whole.terms.values()) total += entry.frequency;
  const table = options.rules === undefined ? whole : withoutRejected(whole, options.rules);
  const stats = termStatsOf(table);
  let scores: ReadonlyMap<string, number>;
  let tiers: ReadonlyMap<string, number> | undefined;
  if (options.score === "keyness") {
    if (options.reference === undefined) throw new RangeError("keyness needs a reference");
    const keyness = scoreKeyness(stats.values(), total, options.reference);
    scores = new Map([...keyness].map(([text, k]) => [text, k.ratio]));
    tiers = new Map([...keyness].map(([text, k]) => [text, k.key ? 0 : 1]));
  } else {
    const scorer = SCORERS[options.score];
    if (scorer === undefined) throw new RangeError(`unknown term score: ${String(options.score)}`);
    scores = scorer(table);
  }
  const minFrequency = options.minFrequency ?? 1;
  const scored: ScoredTerm[] = [];
  for (const term of stats.values()) {
    if (term.frequency < minFrequency) continue;
    scored.push({ term: term.text, score: scores.get(term.text) ?? 0, frequency: term.frequency, documents: term.documents, tier: tiers?.get(term.text) ?? 0 });
  }
  const conceptOf = options.conceptOf ?? ((term: string) => conceptOfTerm(table, term));
  return toTermRows(scored, options.top, (term) => conceptOf(term) ?? "");
}

/** The table without the texts the rules reject (judged on the summed shapes, as rejectTerms judges a corpus). */
export function withoutRejected(table: TermTable, rules: TermRules): TermTable {
  const terms = new Map([...table.terms].filter(([text, e]) => termRejection(text, shapeTally(e), rules) === undefined));
  return table.suggest ? { documents: table.documents, terms, suggest: table.suggest } : { documents: table.documents, terms };
}

function shapeTally(e: TermEntry): { occurrences: number; adjectival: number; alone: boolean; deictic: boolean } {
  return { occurrences: e.frequency, adjectival: e.shape[0], alone: e.shape[1] > 0, deictic: e.shape[2] > 0 };
}

/** The concept a term's occurrences name most often, or undefined when they name none. */
export function conceptOfTerm(table: TermTable, term: string): string | undefined {
  const concepts = table.terms.get(term)?.concepts;
  return concepts === undefined || concepts.size === 0 ? undefined : mostFrequent(concepts);
}

export interface SuggestTableOptions {
  readonly isDictionaryTerm: (text: string) => boolean;
  readonly top?: number;
  readonly minCooccurrence?: number;
  readonly concepts?: readonly string[];
}

/** Terms sharing sentences with a concept's mentions (Jaccard over sentences), from a table built with `suggest`. */
export function suggestFromTable(table: TermTable, options: SuggestTableOptions): TermRow[] {
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

import type { Corpus, TermStats } from "./count-terms.js";
import { countTerms } from "./term-table.js";
import { dropRejected, rejectTerms } from "./filter-terms.js";
import { checkCount, toTermRows, type ScoredTerm, type TermRow } from "./order-terms.js";
import { scoreCValue } from "./score-cvalue.js";
import { scoreFlr } from "./score-flr.js";
import { scoreKeyness } from "./score-keyness.js";
import { scoreTfIdf } from "./score-tfidf.js";
import type { TermReference } from "./term-reference.js";
import type { TermRules } from "./term-rules.js";

export type { TermRow } from "./order-terms.js";

export type TermScoreName = "keyness" | "flr" | "cvalue" | "tfidf";

export const TERM_SCORES: readonly TermScoreName[] = ["keyness", "flr", "cvalue", "tfidf"];

export interface RankTermsOptions {
  readonly score: TermScoreName;
  /** Keep only the first `top` rows (after ranking); all rows when absent. */
  readonly top?: number;
  /** Drop terms seen fewer times as a unit of their own; default 1 (keep all). */
  readonly minFrequency?: number;
  /** Concept id of a term that is or contains a dictionary term. */
  readonly conceptOf?: (term: string) => string | undefined;
  /** What may stand as a term; without rules every unit is a candidate. */
  readonly rules?: TermRules;
  /** The general-language reference; required by `keyness`. */
  readonly reference?: TermReference;
  /** TF-IDF's document frequencies come from here when ranking one document of a larger corpus. */
  readonly idfCorpus?: Corpus;
}

/**
 * Ranks the corpus's compound units as terms (`kouka terms`).
 *
 * Units the rules reject (stop list, bare adjectival nouns, single characters…) are
 * dropped first, and every scorer sees only the rest. Scores are computed over all
 * remaining candidates before `minFrequency` filters, so a threshold hides rows but never
 * changes another term's score (FLR adjacency and C-value nesting still see the rare
 * units). Rows are ranked on unrounded scores and are the same whatever the order of
 * documents or of compounds within them.
 *
 * - keyness (default): terms significantly more frequent than in the general-language
 *   reference (G² ≥ 3.84) first, ordered by how many times more frequent (score =
 *   Kilgarriff's ratio); then the rest, in the same order. New compounds, which the
 *   reference hardly knows, come before everyday words, and generic words sink.
 * - flr: TermExtract's default; favours frequent units whose nouns combine with many
 *   others, so it lifts the heads of many compounds (企業, 効果).
 * - cvalue: favours long units that recur as a whole and are not just parts of longer ones.
 * - tfidf: favours units frequent in one document and rare in the others (needs a folder).
 */
export function rankTerms(corpus: Corpus, options: RankTermsOptions): TermRow[] {
  checkCount("top", options.top);
  checkCount("minFrequency", options.minFrequency);
  const total = corpus.reduce((sum, d) => sum + d.length, 0);
  const candidates = options.rules === undefined ? corpus : dropRejected(corpus, rejectTerms(corpus, options.rules));
  const terms = countTerms(candidates);
  const scored = scoreTerms(candidates, terms, total, options);
  const minFrequency = options.minFrequency ?? 1;
  const conceptOf = options.conceptOf;
  return toTermRows(
    scored.filter((s) => s.frequency >= minFrequency),
    options.top,
    (term) => conceptOf?.(term) ?? "",
  );
}

function scoreTerms(corpus: Corpus, terms: Map<string, TermStats>, total: number, options: RankTermsOptions): ScoredTerm[] {
  const row = (term: TermStats, score: number, tier = 0): ScoredTerm => ({
    term: term.text,
    score,
    frequency: term.frequency,
    documents: term.documents,
    tier,
  });
  switch (options.score) {
    case "keyness": {
      if (options.reference === undefined) throw new RangeError("keyness needs a reference");
      const keyness = scoreKeyness(terms.values(), total, options.reference);
      return [...terms.values()].map((t) => {
        const k = keyness.get(t.text)!;
        return row(t, k.ratio, k.key ? 0 : 1);
      });
    }
    case "flr":
    case "cvalue":
    case "tfidf": {
      const scores = options.score === "flr" ? scoreFlr(corpus) : options.score === "cvalue" ? scoreCValue(corpus) : scoreTfIdf(corpus, options.idfCorpus);
      return [...terms.values()].map((t) => row(t, scores.get(t.text) ?? 0));
    }
    default:
      throw new RangeError(`unknown term score: ${String(options.score)}`);
  }
}

/** A row of `kouka terms --per-document`: the document's own ranking. */
export interface DocumentTermRow extends TermRow {
  readonly document: string;
}

/**
 * Each document ranked on its own (keyness against the reference with the document as
 * the target; FLR and C-value over its units), in input order. TF-IDF keeps the whole
 * corpus for its document frequencies, so a term shared by every document still sinks.
 */
export function rankTermsByDocument(corpus: Corpus, documents: readonly string[], options: RankTermsOptions): DocumentTermRow[] {
  const rows: DocumentTermRow[] = [];
  corpus.forEach((compounds, index) => {
    const own = rankTerms([compounds], { ...options, idfCorpus: corpus });
    for (const r of own) rows.push({ document: documents[index] ?? String(index), ...r });
  });
  return rows;
}

import type { Row } from "../report/row.js";
import { conceptOfTerm, rankTermTable, type TermScoreName } from "../terms/rank-terms.js";
import { suggestFromTable } from "../terms/suggest-terms.js";
import { createTermTable } from "../terms/term-table.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

export const termColumns = ["rank", "term", "score", "frequency", "documents", "concept"];

export interface TermReportOptions {
  readonly score: TermScoreName;
  readonly top?: number;
  readonly minFrequency: number;
  /** Dictionary candidates (terms sharing sentences with a concept) instead of the ranking. */
  readonly suggest: boolean;
}

/** Compound terms over every document added, ranked (FLR, C-value, TF-IDF) or suggested. */
export function termReduction(concepts: readonly ConceptInfo[], options: TermReportOptions): Reduction {
  const table = createTermTable({ suggest: options.suggest });
  const top = options.top === undefined ? {} : { top: options.top };
  return {
    columns: termColumns,
    perDocument: false,
    reads: "terms",
    add(r) {
      if (r.terms === undefined) throw new Error("term report over a result without terms");
      const conceptSentences = new Map(concepts.map((c, i) => [c.id, r.conceptSentences[i] ?? []]));
      table.add(r.terms, conceptSentences);
      return [];
    },
    finish() {
      const t = table.table();
      const rows = options.suggest
        ? suggestFromTable(t, { isDictionaryTerm: (text) => conceptOfTerm(t, text) !== undefined, concepts: concepts.map((c) => c.id), ...top })
        : rankTermTable(t, { score: options.score, minFrequency: options.minFrequency, ...top });
      return rows as unknown as Row[];
    },
    notes: () => [],
  };
}

import type { Row } from "../report/row.js";
import { conceptOfTerm, rankTermTable, suggestFromTable, type TableScoreName } from "../terms/table-ranking.js";
import type { TermReference } from "../terms/term-reference.js";
import type { TermRules } from "../terms/term-rules.js";
import { createTermTable } from "../terms/term-table.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

export const termColumns = ["rank", "term", "score", "frequency", "documents", "concept"];

export interface TermReportOptions {
  readonly score: TableScoreName | "keyness";
  /** For keyness. */
  readonly reference?: TermReference;
  /** The term filters (terms.yaml + --term-list). */
  readonly rules?: TermRules;
  readonly top?: number;
  readonly minFrequency: number;
  /** Dictionary candidates (terms sharing sentences with a concept) instead of the ranking. */
  readonly suggest: boolean;
  /** With suggest: only this concept's candidates. */
  readonly only?: string;
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
        ? suggestFromTable(t, { isDictionaryTerm: (text) => conceptOfTerm(t, text) !== undefined, concepts: concepts.map((c) => c.id), ...top }).filter(
            (row) => options.only === undefined || row.concept === options.only,
          )
        : rankTermTable(t, { score: options.score, minFrequency: options.minFrequency, ...(options.reference ? { reference: options.reference } : {}), ...(options.rules ? { rules: options.rules } : {}), ...top });
      return rows as unknown as Row[];
    },
    notes: () => [],
  };
}

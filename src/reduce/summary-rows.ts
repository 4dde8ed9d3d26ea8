import { createSummary, summaryColumns } from "../report/analyze-rows.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

/** One row per concept over every document added. */
export function summaryReduction(concepts: readonly ConceptInfo[]): Reduction {
  const summary = createSummary({ concepts });
  return {
    columns: summaryColumns,
    perDocument: false,
    reads: "counts",
    add(r) {
      summary.add(r);
      return [];
    },
    finish: () => summary.rows(),
    notes: () => [],
  };
}

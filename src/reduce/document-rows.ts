import { longColumns, longRows, wideColumns, wideRow } from "../report/analyze-rows.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

/** One row per document: `document,chars,tokens,sentences,<concept counts>`. */
export function wideReduction(concepts: readonly ConceptInfo[]): Reduction {
  return { columns: wideColumns({ concepts }), perDocument: true, reads: "counts", add: (r) => [wideRow(r)], finish: () => [], notes: () => [] };
}

/** One row per document and concept, with rates and the variants that matched. */
export function longReduction(concepts: readonly ConceptInfo[]): Reduction {
  return { columns: longColumns, perDocument: true, reads: "counts", add: (r) => longRows(r, { concepts }), finish: () => [], notes: () => [] };
}

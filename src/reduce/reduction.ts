import type { Row } from "../report/row.js";
import type { DocumentResult } from "../result/document-result.js";

/** A concept as reports name it: what a partial's header carries of the dictionary. */
export interface ConceptInfo {
  readonly id: string;
  readonly label: string;
}

/**
 * A report made from per-document results. One run feeds it as documents are analysed,
 * `kouka merge` as partial lines are read: the same code, so the two cannot diverge.
 */
export interface Reduction {
  readonly columns: readonly string[];
  /**
   * True when the report has a row per document: rows then come as documents are added,
   * and a merge adds them in `document` order. Otherwise the order of adding does not matter.
   */
  readonly perDocument: boolean;
  /** What it reads of a document: its counts, or its compound terms (a partial keeps them on separate lines). */
  readonly reads: "counts" | "terms";
  /** Rows to print at once (per-document reports); the others keep what they need. */
  add(result: DocumentResult): Iterable<Row>;
  /** Rows printed after the last document (totals, groups, rankings). */
  finish(): readonly Row[];
  /** Lines for standard error once the report is done (groups without a field…). */
  notes(): readonly string[];
}

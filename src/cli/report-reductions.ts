import { KoukaError } from "../errors.js";
import { cooccurReduction } from "../reduce/cooccur-rows.js";
import { longReduction, wideReduction } from "../reduce/document-rows.js";
import { parseGroupFields } from "../reduce/group-documents.js";
import { groupReduction } from "../reduce/group-rows.js";
import type { ConceptInfo, Reduction } from "../reduce/reduction.js";
import { summaryReduction } from "../reduce/summary-rows.js";
import { termReduction } from "../reduce/term-rows.js";
import type { TableScoreName } from "../terms/table-ranking.js";
import type { TermReference } from "../terms/term-reference.js";
import type { TermRules } from "../terms/term-rules.js";
import { parseCount } from "./run-options.js";

/**
 * Which reduction each report is, from its options: the same for a run over documents
 * and for `kouka merge` over partials. Options are checked before anything is read.
 */
export interface ReductionFactory {
  /** What the reduction reads of each document (a merge skips the other lines unparsed). */
  readonly reads: Reduction["reads"];
  /** A reduction that reads both kinds of partial line (the HTML report); `reads` otherwise. */
  readonly readsBoth?: boolean;
  make(concepts: readonly ConceptInfo[]): Reduction;
}

const counts = (make: (concepts: readonly ConceptInfo[]) => Reduction): ReductionFactory => ({ reads: "counts", make });

/** analyze and merge: wide rows, or --long, --summary, --by. */
export function analyzeReduction(raw: Record<string, unknown>): ReductionFactory {
  const chosen = ["long", "summary", "by"].filter((k) => raw[k] !== undefined && raw[k] !== false);
  if (chosen.length > 1 && !(chosen.length === 2 && chosen.includes("by") && chosen.includes("long"))) {
    throw new KoukaError("USAGE", "analyze", `${chosen.map((k) => `--${k}`).join(" and ")} cannot be combined`);
  }
  if (raw["by"] !== undefined) {
    const fields = parseGroupFields(String(raw["by"]));
    const long = raw["long"] === true;
    return counts((concepts) => groupReduction(concepts, fields, { long }));
  }
  if (raw["summary"]) return counts(summaryReduction);
  return counts(raw["long"] ? longReduction : wideReduction);
}

/** cooccur: concept pairs, per group with --by. */
export function cooccurReductionOf(raw: Record<string, unknown>): ReductionFactory {
  const fields = raw["by"] === undefined ? [] : parseGroupFields(String(raw["by"]));
  return counts((concepts) => cooccurReduction(concepts, fields));
}

/** terms: ranked compound terms, or dictionary suggestions. */
export function termsReduction(raw: Record<string, unknown>, data?: { readonly reference: TermReference; readonly rules: TermRules }): ReductionFactory {
  const top = raw["top"] === undefined ? undefined : parseCount("--top", raw["top"], 0, 1);
  const minFrequency = parseCount("--min-frequency", raw["minFrequency"], 1, 1);
  const rank = String(raw["rank"] ?? "keyness");
  if (raw["perDocument"] === true) throw new KoukaError("USAGE", "--per-document", "is not available over partials (--from-partials, -f partial)");
  const suggest = raw["suggest"];
  const only = typeof suggest === "string" ? suggest : undefined;
  const options = {
    score: rank as TableScoreName | "keyness",
    ...(data === undefined ? {} : { reference: data.reference, rules: data.rules }),
    minFrequency,
    suggest: suggest !== undefined && suggest !== false,
    ...(only === undefined ? {} : { only }),
    ...(top === undefined ? {} : { top }),
  };
  return { reads: "terms", make: (concepts) => termReduction(concepts, options) };
}

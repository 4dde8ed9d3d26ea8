import type { ResultParts } from "../result/document-result.js";
import { loadTermRules } from "./load-term-data.js";
import type { RunOptions } from "./run-options.js";
import type { ReportSpec } from "./run-report.js";
import type { ReductionFactory } from "./report-reductions.js";

/**
 * What a counting report (analyze, cooccur) takes of each document: a partial carries the
 * compound-term statistics too, so that every report can be made from it later, unless
 * `--counts-only`.
 */
export async function countingParts(options: Pick<RunOptions, "format" | "countsOnly">): Promise<ResultParts> {
  return options.format === "partial" && !options.countsOnly ? { terms: true, rules: await loadTermRules([]) } : { terms: false };
}

/** A report that is a reduction over per-document results (analyze, cooccur, terms). */
export function reductionSpec(factory: ReductionFactory, parts: ResultParts): ReportSpec {
  return {
    task: { produce: "result", ...parts },
    open(resources) {
      const reduction = factory.make(resources.dictionary.concepts);
      return {
        columns: reduction.columns,
        rows: (output) => (output.produce === "result" ? reduction.add(output.result) : []),
        finish: () => reduction.finish(),
        notes: () => reduction.notes(),
      };
    },
  };
}

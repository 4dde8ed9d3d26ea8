import type { ResultParts } from "../result/document-result.js";
import type { ReportSpec } from "./run-report.js";
import type { ReductionFactory } from "./report-reductions.js";

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

import { EXIT, KoukaError, type ExitCode } from "../errors.js";
import { createFormatter } from "../format/format-rows.js";
import { countsResult, parsePartialLine, termsResult, type EncodedCounts, type EncodedTerms, type PartialHeader } from "../partial/partial-lines.js";
import type { Reduction } from "../reduce/reduction.js";
import type { Row } from "../report/row.js";
import type { DocumentResult } from "../result/document-result.js";
import { loadResources } from "../resources.js";
import { compareCodePoints } from "../text/compare-code-points.js";
import { warn, type CliIO } from "./cli-io.js";
import { fileSink, stdoutSink } from "./output-sink.js";
import { describeHeader } from "./partial-header.js";
import { readPartialLines } from "./read-partial-lines.js";
import type { ReductionFactory } from "./report-reductions.js";
import type { RunOptions } from "./run-options.js";
import { withMeta, withMetaColumns } from "./meta-columns.js";

type MergeOptions = Pick<RunOptions, "format" | "bom" | "output" | "dictionaries"> & {
  readonly excelSafe?: boolean;
  /** `--meta`: record fields (carried by the partials) as columns after `document`. */
  readonly meta?: readonly string[];
};

/**
 * The reduce half: reads partial lines (any order, headers anywhere), checks that they
 * were all made alike, and runs the same reduction a single run does. Per-document
 * reports come in `document` order; memory holds those rows, or the totals, never the
 * input. A line that cannot be read is named and skipped (exit 1); partials made with
 * other dictionaries or options are a usage error (exit 2) and nothing is written.
 */
export async function mergePartials(paths: readonly string[], options: MergeOptions, factory: ReductionFactory, io: CliIO): Promise<ExitCode> {
  if (options.format === "partial") throw new KoukaError("USAGE", "--format", "a merge writes a report, not a partial");
  const headers = new Map<string, PartialHeader>();
  /** Where a partial made with --counts-only was seen, when the report needs term statistics. */
  let countsOnly: string | undefined;
  const needsTerms = factory.reads === "terms" || factory.readsBoth === true;
  let first: { fingerprint: string; where: string } | undefined;
  let mismatch: { fingerprint: string; where: string } | undefined;
  let reduction: Reduction | undefined;
  let concepts: PartialHeader["concepts"] = [];
  type DocumentLine = { kind: "counts"; line: EncodedCounts } | { kind: "terms"; line: EncodedTerms };
  const pending: { line: DocumentLine; where: string }[] = [];
  const documents: DocumentResult[] = [];
  let failed = 0;
  const fail = (where: string, message: string): void => {
    failed++;
    warn(io, `${where}: ${message}`);
  };
  const add = (line: DocumentLine, where: string): void => {
    let result: DocumentResult;
    try {
      result = line.kind === "counts" ? countsResult(line.line, concepts) : termsResult(line.line, concepts);
    } catch (e) {
      fail(where, e instanceof Error ? e.message : String(e));
      return;
    }
    if (reduction!.perDocument) {
      const { terms: _, ...rest } = result;
      documents.push(rest);
    } else reduction!.add(result);
  };

  for await (const item of readPartialLines(paths, io.stdin)) {
    if ("error" in item) {
      fail(item.error.where, item.error.message);
      continue;
    }
    if (item.text.trim() === "") continue;
    let parsed: ReturnType<typeof parsePartialLine>;
    try {
      parsed = parsePartialLine(item.text, factory.readsBoth ? ["counts", "terms"] : [factory.reads]);
    } catch (e) {
      fail(item.where, e instanceof Error ? e.message : String(e));
      continue;
    }
    const fingerprint = parsed.kind === "header" ? parsed.header.fingerprint : parsed.fingerprint;
    if (parsed.kind === "header" && !headers.has(fingerprint)) headers.set(fingerprint, parsed.header);
    if (parsed.kind === "header" && needsTerms && parsed.header.settings["countsOnly"] === true) countsOnly ??= item.where;
    first ??= { fingerprint, where: item.where };
    if (fingerprint !== first.fingerprint) {
      mismatch ??= { fingerprint, where: item.where };
      continue;
    }
    if (mismatch) continue;
    if (parsed.kind === "header") {
      if (reduction === undefined) {
        concepts = parsed.header.concepts;
        reduction = factory.make(concepts);
        for (const p of pending.splice(0)) add(p.line, p.where);
      }
    } else if (parsed.kind !== "skipped") {
      const line: DocumentLine = parsed.kind === "counts" ? { kind: "counts", line: parsed.line } : { kind: "terms", line: parsed.line };
      if (reduction === undefined) pending.push({ line, where: item.where });
      else add(line, item.where);
    }
  }

  if (mismatch && first) {
    const describe = (f: { fingerprint: string; where: string }): string =>
      `${f.where} has fingerprint ${f.fingerprint} (${describeHeader(headers.get(f.fingerprint))})`;
    throw new KoukaError("USAGE", "merge", `partials made with different dictionaries or options cannot be merged: ${describe(first)}, ${describe(mismatch)}`);
  }
  if (countsOnly !== undefined) {
    throw new KoukaError("USAGE", countsOnly, "made with --counts-only: it has no compound-term statistics, which terms and the report's top terms need (make partials without --counts-only, or report with --top 0)");
  }
  if (reduction === undefined) {
    if (pending.length > 0) throw new KoukaError("USAGE", pending[0]!.where, "no partial header line in the input: cannot tell the concepts");
    // No partial at all (empty files): the report of no documents, with the dictionaries' columns.
    reduction = factory.make((await loadResources(options.dictionaries)).dictionary.concepts);
  }
  const sink = options.output === undefined ? stdoutSink(io.stdout) : fileSink(options.output);
  try {
    const fields = reduction.perDocument ? (options.meta ?? []) : [];
    const columns = withMetaColumns(reduction.columns, fields);
    const formatter = createFormatter({ format: options.format, columns, bom: options.bom, excelSafe: options.excelSafe ?? options.bom });
    await sink.write(formatter.header);
    let batch: Row[] = [];
    const flush = async (): Promise<void> => {
      if (!sink.closed) await sink.write(formatter.encode(batch));
      batch = [];
    };
    for (const d of documents.sort(byDocument)) {
      const rows = reduction.add(d);
      for (const row of columns === reduction.columns ? rows : withMeta(rows, fields, d.meta)) batch.push(row);
      if (batch.length >= 4096) await flush();
    }
    batch.push(...reduction.finish());
    await flush();
    sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
  for (const note of reduction.notes()) warn(io, note);
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** By `document` in code-point order; the same name twice (records) by their content, so any split sorts alike. */
function byDocument(a: DocumentResult, b: DocumentResult): number {
  return compareCodePoints(a.document, b.document) || compareCodePoints(JSON.stringify(a), JSON.stringify(b));
}

import { EXIT, type ExitCode } from "../errors.js";
import { createFormatter } from "../format/format-rows.js";
import type { DocumentOutput, DocumentTask } from "../report/document-output.js";
import type { Row } from "../report/row.js";
import { loadResources, type Resources } from "../resources.js";
import type { CliIO } from "./cli-io.js";
import { fileSink, stdoutSink } from "./output-sink.js";
import { withMeta, withMetaColumns } from "./meta-columns.js";
import { processDocuments } from "./process-documents.js";
import type { RunOptions } from "./run-options.js";

/** How one command turns document outputs into report rows. */
export interface ReportSpec {
  readonly task: DocumentTask;
  columns(resources: Resources): readonly string[];
  /** Rows to print as soon as a document is done (input order); may be made as they are read. */
  rows?(output: DocumentOutput, resources: Resources): Iterable<Row>;
  /** Rows printed after the last document (summaries, rankings). */
  finish?(resources: Resources): readonly Row[];
}

/**
 * The frame every reporting command shares: load and check the dictionaries (exit 2,
 * nothing written), open the output, stream rows, publish the report, and exit 1 when
 * some input could not be read.
 */
export async function runReport(paths: readonly string[], options: RunOptions, spec: ReportSpec, io: CliIO): Promise<ExitCode> {
  const resources = await loadResources(options.dictionaries);
  const sink = options.output === undefined ? stdoutSink(io.stdout) : fileSink(options.output);
  try {
    const base = spec.columns(resources);
    const fields = options.records.meta;
    const columns = withMetaColumns(base, fields);
    const formatter = createFormatter({ format: options.format, columns, bom: options.bom });
    await sink.write(formatter.header);
    const { failed } = await processDocuments(paths, options, spec.task, resources, io, async (output, meta) => {
      const rows = spec.rows?.(output, resources) ?? [];
      for (const batch of batches(columns === base ? rows : withMeta(rows, fields, meta))) {
        await sink.write(formatter.format(batch));
        if (sink.closed) break;
      }
      return !sink.closed;
    });
    if (spec.finish && !sink.closed) await sink.write(formatter.format(spec.finish(resources)));
    sink.commit();
    return failed > 0 ? EXIT.inputFailed : EXIT.ok;
  } catch (e) {
    sink.abort();
    throw e;
  }
}

/** Rows in groups of a few thousand: formatted and written a group at a time. */
function* batches(rows: Iterable<Row>, size = 4096): Generator<Row[]> {
  let batch: Row[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

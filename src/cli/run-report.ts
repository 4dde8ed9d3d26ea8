import { EXIT, type ExitCode } from "../errors.js";
import { createFormatter } from "../format/format-rows.js";
import type { DocumentOutput, DocumentTask } from "../report/document-output.js";
import type { Row } from "../report/row.js";
import { loadResources, type Resources } from "../resources.js";
import type { CliIO } from "./cli-io.js";
import { fileSink, stdoutSink } from "./output-sink.js";
import { processDocuments } from "./process-documents.js";
import type { RunOptions } from "./run-options.js";

/** How one command turns document outputs into report rows. */
export interface ReportSpec {
  readonly task: DocumentTask;
  columns(resources: Resources): readonly string[];
  /** Rows to print as soon as a document is done (input order). */
  rows?(output: DocumentOutput, resources: Resources): readonly Row[];
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
    const formatter = createFormatter({ format: options.format, columns: spec.columns(resources), bom: options.bom });
    await sink.write(formatter.header);
    const { failed } = await processDocuments(paths, options, spec.task, resources, io, async (output) => {
      const rows = spec.rows?.(output, resources) ?? [];
      if (rows.length > 0) await sink.write(formatter.format(rows));
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

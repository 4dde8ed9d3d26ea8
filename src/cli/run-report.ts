import { EXIT, type ExitCode } from "../errors.js";
import { createFormatter } from "../format/format-rows.js";
import { headerLine, resultLines } from "../partial/partial-lines.js";
import type { DocumentOutput, DocumentTask } from "../report/document-output.js";
import type { Row } from "../report/row.js";
import { loadResources, type Resources } from "../resources.js";
import { warn, type CliIO } from "./cli-io.js";
import { fileSink, stdoutSink, type OutputSink } from "./output-sink.js";
import { partialHeader } from "./partial-header.js";
import { processDocuments } from "./process-documents.js";
import type { RunOptions } from "./run-options.js";

/** How one command turns document outputs into report rows. */
export interface ReportSpec {
  readonly task: DocumentTask;
  /** Called once the dictionaries are loaded (a usage error found here writes nothing). */
  open(resources: Resources): ReportBody;
}

export interface ReportBody {
  readonly columns: readonly string[];
  /** Rows to print as soon as a document is done (input order); may be made as they are read. */
  rows?(output: DocumentOutput): Iterable<Row>;
  /** Rows printed after the last document (summaries, groups, rankings). */
  finish?(): readonly Row[];
  /** Lines for standard error once the report is written. */
  notes?(): readonly string[];
}

/** Text written for each document and at the end: formatted rows, or partial lines. */
interface ReportWriter {
  readonly header: string;
  document(output: DocumentOutput): Iterable<string>;
  finish(): string;
  notes(): readonly string[];
}

/**
 * The frame every reporting command shares: load and check the dictionaries (exit 2,
 * nothing written), open the output, stream rows, publish the report, and exit 1 when
 * some input could not be read. With `-f partial` the per-document results are written
 * down instead of reduced (the map half of a map-reduce).
 */
export async function runReport(paths: readonly string[], options: RunOptions, spec: ReportSpec, io: CliIO): Promise<ExitCode> {
  const resources = await loadResources(options.dictionaries);
  const writer = options.format === "partial" ? partialWriter(options, resources) : rowWriter(options, spec.open(resources));
  const sink = options.output === undefined ? stdoutSink(io.stdout) : fileSink(options.output);
  try {
    await sink.write(writer.header);
    const { failed } = await processDocuments(paths, options, spec.task, resources, io, async (output) => {
      for (const text of writer.document(output)) {
        await sink.write(text);
        if (sink.closed) break;
      }
      return !sink.closed;
    });
    if (!sink.closed) await sink.write(writer.finish());
    sink.commit();
    for (const note of writer.notes()) warn(io, note);
    return failed > 0 ? EXIT.inputFailed : EXIT.ok;
  } catch (e) {
    sink.abort();
    throw e;
  }
}

function rowWriter(options: RunOptions, body: ReportBody): ReportWriter {
  if (options.format === "partial") throw new Error("rowWriter: partial is not a row format");
  const formatter = createFormatter({ format: options.format, columns: body.columns, bom: options.bom });
  return {
    header: formatter.header,
    *document(output) {
      for (const rows of batches(body.rows?.(output) ?? [])) yield formatter.format(rows);
    },
    finish: () => formatter.format(body.finish?.() ?? []),
    notes: () => body.notes?.() ?? [],
  };
}

function partialWriter(options: RunOptions, resources: Resources): ReportWriter {
  const header = partialHeader(options, resources);
  return {
    header: headerLine(header),
    document: (output) => (output.produce === "result" ? [resultLines(header.fingerprint, output.result)] : []),
    finish: () => "",
    notes: () => [],
  };
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

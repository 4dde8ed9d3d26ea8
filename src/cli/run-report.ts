import { EXIT, type ExitCode } from "../errors.js";
import { createFormatter } from "../format/format-rows.js";
import { headerLine, resultLines } from "../partial/partial-lines.js";
import type { DocumentOutput, DocumentTask } from "../report/document-output.js";
import type { Row } from "../report/row.js";
import { loadResources, type Resources } from "../resources.js";
import { KoukaError } from "../errors.js";
import { STDIN_PATH, usesStdin } from "../input/read-inputs.js";
import { warn, type CliIO } from "./cli-io.js";
import { problemsError } from "../data/data-problem.js";
import { checkConceptIds } from "../dictionary/check-concept-ids.js";
import type { Meta } from "../readers/read-document.js";
import { refuseOutputAmongInputs } from "./output-is-input.js";
import { fileSink, stdoutSink } from "./output-sink.js";
import { withMeta, withMetaColumns } from "./meta-columns.js";
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

/** Text written for each document and at the end: formatted rows (as UTF-8), or partial lines. */
interface ReportWriter {
  readonly header: string;
  document(output: DocumentOutput, meta: Meta | undefined): Iterable<string | Uint8Array>;
  finish(): string | Uint8Array;
  notes(): readonly string[];
}

/**
 * The frame every reporting command shares: load and check the dictionaries (exit 2,
 * nothing written), open the output, stream rows, publish the report, and exit 1 when
 * some input could not be read. With `-f partial` the per-document results are written
 * down instead of reduced (the map half of a map-reduce).
 */
export async function runReport(paths: readonly string[], options: RunOptions, spec: ReportSpec, io: CliIO): Promise<ExitCode> {
  if (paths.includes("")) throw new KoukaError("USAGE", "''", "an empty path (an unset shell variable?)");
  if (paths.filter((p) => p === STDIN_PATH).length > 1) throw new KoukaError("USAGE", STDIN_PATH, "standard input is named more than once");
  if (options.output !== undefined) await refuseOutputAmongInputs(options.output, paths, options.dictionaries, options.follow);
  const resources = await loadResources(options.dictionaries);
  // The fixed columns are checked with the dictionaries (and cached); --meta fields vary by run.
  const clashes = checkConceptIds(resources.dictionary, options.reservedColumns);
  if (clashes.length > 0) throw problemsError(clashes);
  const writer = options.format === "partial" ? partialWriter(options, resources) : rowWriter(options, spec.open(resources));
  if (usesStdin(paths) && io.stdinIsTTY?.() === true) {
    warn(io, "-: reading the text from the terminal: type or paste it, then press Ctrl-D on an empty line (Ctrl-C stops)");
  }
  const sink = options.output === undefined ? stdoutSink(io.stdout, io.stdoutClosed?.() === true) : fileSink(options.output);
  try {
    await sink.write(writer.header);
    const { failed } = await processDocuments(paths, options, spec.task, resources, io, async (output, meta) => {
      for (const chunk of writer.document(output, meta)) {
        await sink.write(chunk);
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

/** Rows formatted and written at once. */
const BATCH = 4096;

function rowWriter(options: RunOptions, body: ReportBody): ReportWriter {
  if (options.format === "partial") throw new Error("rowWriter: partial is not a row format");
  const fields = options.records.meta;
  const columns = withMetaColumns(body.columns, fields);
  const formatter = createFormatter({ format: options.format, columns, bom: options.bom, excelSafe: options.excelSafe });
  return {
    header: formatter.header,
    // Rows are formatted BATCH at a time; a loop here rather than a generator of batches, as
    // `tokens` has a row per word.
    *document(output, meta) {
      const rows = body.rows?.(output) ?? [];
      let batch: Row[] = [];
      for (const row of columns === body.columns ? rows : withMeta(rows, fields, meta)) {
        if (batch.push(row) === BATCH) {
          yield formatter.encode(batch);
          batch = [];
        }
      }
      if (batch.length > 0) yield formatter.encode(batch);
    },
    finish: () => formatter.encode(body.finish?.() ?? []),
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

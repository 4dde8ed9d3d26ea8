import path from "node:path";
import { Writable } from "node:stream";
import { Command } from "commander";
import { EXIT, KoukaError } from "../../errors.js";
import { parseGroupFields, type GroupField } from "../../reduce/group-documents.js";
import type { ConceptInfo } from "../../reduce/reduction.js";
import { loadResources } from "../../resources.js";
import { createReportData, type ReportData, type ReportDataBuilder, type RunFacts } from "../../view/report-data.js";
import { reportHtml } from "../../view/report-html.js";
import { warn, type CliIO } from "../cli-io.js";
import type { CommandHost } from "../command-host.js";
import { koukaVersion } from "../kouka-version.js";
import { loadCharts } from "../load-charts.js";
import { mergePartials } from "../merge-partials.js";
import { fileSink, stdoutSink } from "../output-sink.js";
import { processDocuments } from "../process-documents.js";
import { loadTermData, type TermData } from "../load-term-data.js";
import { addDictionaryOptions, addReadingOptions, parseCount, resolveRunOptions, type RunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka report corpus/ -o report.html                        totals, distributions, co-occurrence, terms, KWIC
  $ kouka report --by date:month feed.jsonl -o report.html     with time series and a concept × month heatmap
  $ kouka report --by outlet --kwic 50 feed.jsonl -o report.html
  $ kouka report --from-partials part-*.jsonl -o report.html   over partials (kouka analyze -f partial); no KWIC`;

/** Context characters on each side of a KWIC row. */
const KWIC_WIDTH = 30;
/** KWIC rows kept per concept by default: with 3 concepts ~1 MB of HTML. */
const KWIC_PER_CONCEPT = 1000;

interface ReportSettings {
  readonly by: readonly GroupField[];
  readonly termData?: TermData;
  readonly topTerms: number;
  readonly kwicPerConcept: number;
}

export function reportCommand(host: CommandHost): Command {
  const command = new Command("report")
    .description("a self-contained HTML report: totals, distributions, time series, heatmap, co-occurrence, variants, terms, KWIC")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input; partials with --from-partials")
    .option("--by <fields>", "groups: FIELD[:year|month|day] (a record field or dir), at most two; a date field draws time series")
    .option("--top <n>", "top compound terms shown", "30")
    .option("--kwic <n>", `KWIC rows kept per concept (a sample when there are more; default ${KWIC_PER_CONCEPT})`)
    .option("--from-partials", "read partial results (kouka analyze -f partial) instead of documents", false);
  addDictionaryOptions(command).option("-o, --output <file>", "write the HTML to FILE (whole or not at all) instead of stdout");
  return addReadingOptions(command, { meta: false })
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      let settings: ReportSettings = {
        by: raw["by"] === undefined ? [] : parseGroupFields(String(raw["by"])),
        topTerms: parseCount("--top", raw["top"], 30, 0),
        kwicPerConcept: parseCount("--kwic", raw["kwic"], KWIC_PER_CONCEPT, 0),
      };
      const options = resolveRunOptions({ ...raw, format: "csv" });
      // The top terms are ranked as `kouka terms` ranks them: term filters and keyness.
      if (settings.topTerms > 0) settings = { ...settings, termData: await loadTermData([]) };
      const facts = (errors: number, fromPartials: boolean): RunFacts => ({
        inputs: paths,
        dictionaries: options.dictionaries.map((file) => path.basename(file)),
        version: koukaVersion(),
        date: new Date().toISOString(),
        errors,
        ...(raw["by"] === undefined ? {} : { by: String(raw["by"]) }),
        ...(fromPartials ? { fromPartials } : {}),
      });
      const made = raw["fromPartials"] ? await fromPartials(paths, options, settings, host.io, facts) : await fromDocuments(paths, options, settings, host.io, facts);
      const renderCharts = await loadCharts();
      const html = reportHtml(made.report, renderCharts(made.report));
      const sink = options.output === undefined ? stdoutSink(host.io.stdout) : fileSink(options.output);
      try {
        await sink.write(html);
        sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      }
      for (const note of made.notes) warn(host.io, note);
      host.exitCode = made.report.run.errors > 0 ? EXIT.inputFailed : EXIT.ok;
    });
}

type Made = { readonly report: ReportData; readonly notes: readonly string[] };
type Facts = (errors: number, fromPartials: boolean) => RunFacts;

/** One run over documents: the map step with each mention located, reduced as it comes. */
async function fromDocuments(paths: readonly string[], options: RunOptions, settings: ReportSettings, io: CliIO, facts: Facts): Promise<Made> {
  const resources = await loadResources(options.dictionaries);
  const data = createReportData(resources.dictionary.concepts, settings);
  const rules = settings.termData?.rules;
  const task = { produce: "result", terms: settings.topTerms > 0, mentions: KWIC_WIDTH, ...(rules === undefined ? {} : { rules }) } as const;
  const { failed } = await processDocuments(paths, options, task, resources, io, async (output) => {
    if (output.produce !== "result") throw new KoukaError("USAGE", "report", "unexpected document output");
    data.add(output.result, output.mentions);
    return true;
  });
  const report = data.finish(facts(failed, false));
  return { report, notes: report.notes };
}

/**
 * The reduce step over partials, through `kouka merge`'s reader (fingerprints checked, bad
 * lines named): the report's data takes each counts line and each terms line as they come.
 */
async function fromPartials(paths: readonly string[], options: RunOptions, settings: ReportSettings, io: CliIO, facts: Facts): Promise<Made> {
  let data: ReportDataBuilder | undefined;
  const factory = {
    reads: "counts" as const,
    // Terms lines only for the top terms: without them, partials made with --counts-only do.
    readsBoth: settings.topTerms > 0,
    make(concepts: readonly ConceptInfo[]) {
      data = createReportData(concepts, settings);
      const builder = data;
      return {
        columns: [],
        perDocument: false,
        reads: "counts" as const,
        add(result: Parameters<ReportDataBuilder["add"]>[0]) {
          if (result.terms !== undefined) builder.addTerms(result);
          else builder.add(result);
          return [];
        },
        finish: () => [],
        // Group notes are the report's own, written once the HTML is.
        notes: () => [],
      };
    },
  };
  // The merge's own output is the empty table of a reduction without columns: dropped.
  const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
  let errors = 0;
  const stderr = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      errors += String(chunk).split("\n").filter((line) => line.startsWith("kouka: ")).length;
      io.stderr.write(chunk, done);
    },
  });
  await mergePartials(paths, { format: "csv", bom: false, output: undefined, dictionaries: options.dictionaries }, factory, { ...io, stdout: nowhere, stderr });
  if (data === undefined) throw new Error("report: the merge made no reduction");
  const report = data.finish(facts(errors, true));
  return { report, notes: report.notes };
}

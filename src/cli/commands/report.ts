import path from "node:path";
import { Command, Option } from "commander";
import { EXIT, KoukaError } from "../../errors.js";
import { INPUT_ENCODINGS } from "../../input/decode-bytes.js";
import { parseGroupFields } from "../../reduce/group-documents.js";
import { loadResources } from "../../resources.js";
import { createReportData } from "../../view/report-data.js";
import { reportHtml } from "../../view/report-html.js";
import { warn } from "../cli-io.js";
import type { CommandHost } from "../command-host.js";
import { koukaVersion } from "../kouka-version.js";
import { loadCharts } from "../load-charts.js";
import { fileSink, stdoutSink } from "../output-sink.js";
import { processDocuments } from "../process-documents.js";
import { parseCount, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka report corpus/ -o report.html                        totals, distributions, co-occurrence, terms, KWIC
  $ kouka report --by date:month feed.jsonl -o report.html     with time series and a concept × month heatmap
  $ kouka report --by outlet --kwic 50 feed.jsonl -o report.html`;

/** Context characters on each side of a KWIC row. */
const KWIC_WIDTH = 30;
/** KWIC rows kept per concept by default: with 3 concepts ~1 MB of HTML. */
const KWIC_PER_CONCEPT = 1000;

export function reportCommand(host: CommandHost): Command {
  const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
  return new Command("report")
    .description("a self-contained HTML report: totals, distributions, time series, heatmap, co-occurrence, variants, terms, KWIC")
    .argument("[paths...]", "files, folders (*.txt, *.md, *.jsonl) or - for standard input")
    .option("--by <fields>", "groups: FIELD[:year|month|day] (a record field or dir), at most two; a date field draws time series")
    .option("--top <n>", "top compound terms shown", "30")
    .option("--kwic <n>", `KWIC rows kept per concept (a sample when there are more; default ${KWIC_PER_CONCEPT})`)
    .option("-d, --dict <file>", "concept dictionary (repeatable; default: dictionaries/economies.yaml)", collect)
    .option("-o, --output <file>", "write the HTML to FILE (whole or not at all) instead of stdout")
    .option("-j, --jobs <n>", "worker threads (default: number of cores)")
    .addOption(new Option("--encoding <encoding>", "input encoding").choices(INPUT_ENCODINGS).default("auto"))
    .addOption(new Option("--input-format <format>", "format of standard input").choices(["text", "jsonl"]).default("text"))
    .option("--no-clean", "keep web clutter (navigation, teasers, credits)")
    .option("-q, --quiet", "no progress bar", false)
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const by = raw["by"] === undefined ? [] : parseGroupFields(String(raw["by"]));
      const topTerms = parseCount("--top", raw["top"], 30, 0);
      const kwicPerConcept = parseCount("--kwic", raw["kwic"], KWIC_PER_CONCEPT, 0);
      const options = resolveRunOptions({ ...raw, format: "csv" });
      const resources = await loadResources(options.dictionaries);
      const data = createReportData(resources.dictionary.concepts, { by, topTerms, kwicPerConcept });
      const task = { produce: "result", terms: topTerms > 0, mentions: KWIC_WIDTH } as const;
      const { failed } = await processDocuments(paths, options, task, resources, host.io, async (output) => {
        if (output.produce !== "result") throw new KoukaError("USAGE", "report", "unexpected document output");
        data.add(output.result, output.mentions);
        return true;
      });
      const report = data.finish({
        inputs: paths,
        dictionaries: options.dictionaries.map((file) => path.basename(file)),
        version: koukaVersion(),
        date: new Date().toISOString(),
        errors: failed,
        ...(raw["by"] === undefined ? {} : { by: String(raw["by"]) }),
      });
      const renderCharts = await loadCharts();
      const html = reportHtml(report, renderCharts(report));
      const sink = options.output === undefined ? stdoutSink(host.io.stdout) : fileSink(options.output);
      try {
        await sink.write(html);
        sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      }
      for (const note of report.notes) warn(host.io, note);
      host.exitCode = failed > 0 ? EXIT.inputFailed : EXIT.ok;
    });
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createContext } from "./bench-context.js";
import { readArticles, writeCorpus, writeFewFiles, writeLongLines, writeOneLine } from "./corpus.js";
import { bigDictionaryRows, measureBigDictionary } from "./measure-big-dictionary.js";
import { measureLongLine } from "./measure-long-line.js";
import { measurePackage } from "./measure-package.js";
import { measureOneLine } from "./measure-one-line.js";
import { measureMerge, mergeRows } from "./measure-merge.js";
import { measureReport, reportRows } from "./measure-report.js";
import { measurePeakRss } from "./measure-rss.js";
import { measureStartup } from "./measure-startup.js";
import { measureTerms } from "./measure-terms.js";
import { measureThroughput } from "./measure-throughput.js";
import { measureTokenizers, type TokenizerRuns } from "./measure-tokenizers.js";
import { tokenizerRows } from "./tokenizer-rows.js";
import { parseOptions, UsageError, USAGE, type BenchOptions } from "./options.js";
import { buildRows, oneLineRows, type Measurements } from "./rows.js";
import { detectRssMethod } from "./run-timed.js";
import { renderMarkdown, renderText, type Row } from "./table.js";
import { writeLatest, type LatestSummary } from "./write-latest.js";

// `npm run bench`: kouka's performance targets, each a median of several runs and a ratio
// against a baseline measured in the same run (see bench/README.md for the design).
const SEED = "000_ff73a4c8bf075508.txt";

async function main(options: BenchOptions): Promise<Row[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kouka-bench-"));
  fs.mkdirSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "bench", "results"), { recursive: true });
  const ctx = createContext(detectRssMethod(), tmp);
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  try {
    const articles = readArticles(path.join(ctx.root, "corpus"));
    const seed = articles.find((a) => a.name === SEED);
    if (!seed) throw new Error(`corpus/${SEED} (the long-line seed) is missing`);
    const oneLineTexts = writeOneLine(path.join(tmp, "one-line"), articles, options.oneLineMb * 1e6);
    if (options.only === "one-line") {
      ctx.log(`only the one-line row, ${options.runs} runs; ${oneLineTexts.oneLine.bytes} bytes`);
      return oneLineRows(await measureOneLine(ctx, oneLineTexts, options.runs), oneLineTexts);
    }
    const corpus = writeCorpus(path.join(tmp, "corpus"), articles, options.mb * 1e6);
    const longTexts = writeLongLines(path.join(tmp, "long"), seed.text, options.longKb * 1000);
    ctx.log(`${options.quick ? "quick" : "default"} mode, ${options.runs} runs; corpus ${corpus.files} files, ${corpus.bytes} bytes; peak RSS via ${ctx.rssMethod}; load ${loadBefore.map((l) => l.toFixed(2)).join(" ")}`);

    if (options.only === "report") {
      // A focused run: only the report rows, printed and saved.
      const rows = reportRows(await measureReport(ctx, articles, options.runs));
      const resultsDir = path.join(ctx.root, "bench", "results");
      fs.mkdirSync(resultsDir, { recursive: true });
      fs.writeFileSync(path.join(resultsDir, `report-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`), `${JSON.stringify({ options, rows }, null, 2)}\n`);
      return rows;
    }
    if (options.only === "merge") {
      // A focused run: only the merge rows, printed; bench/LATEST.md keeps the last full run.
      const rows = mergeRows(await measureMerge(ctx, corpus, options.runs), corpus);
      const resultsDir = path.join(ctx.root, "bench", "results");
      fs.mkdirSync(resultsDir, { recursive: true });
      fs.writeFileSync(path.join(resultsDir, `merge-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`), `${JSON.stringify({ options, rows }, null, 2)}\n`);
      return rows;
    }
    if (options.only === "big-dict") {
      const size = `${(corpus.bytes / 1e6).toFixed(corpus.bytes < 1e6 ? 2 : 1)} MB`;
      return bigDictionaryRows(await measureBigDictionary(ctx, corpus, options.runs), size);
    }
    const few = writeFewFiles(path.join(tmp, "corpus-few"), articles, 40, options.mb * 1e6);
    const tokenizers: TokenizerRuns = await measureTokenizers(ctx, corpus, few, options.runs);
    if (options.tokenizersOnly) {
      const rows = tokenizerRows(tokenizers, corpus);
      fs.writeFileSync(path.join(ctx.root, "bench", "results", `tokenizers-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`), `${JSON.stringify({ options, loadBefore, loadAfter: os.loadavg(), rows, tokenizers }, null, 2)}\n`);
      return rows;
    }
    const startup = await measureStartup(ctx, options.startupRuns);
    const throughput = await measureThroughput(ctx, corpus, options.throughputRuns);
    const terms = await measureTerms(ctx, corpus, options.runs);
    const longLine = await measureLongLine(ctx, longTexts, options.runs);
    const oneLine = await measureOneLine(ctx, oneLineTexts, options.runs);
    const largeCorpus = writeCorpus(path.join(tmp, "corpus-large"), articles, options.rssMb * 1e6);
    const rssLarge = await measurePeakRss(ctx, largeCorpus, options.runs);

    const library = await measurePackage(ctx, corpus, options.startupRuns, options.runs);
    const merge = await measureMerge(ctx, corpus, options.runs);
    const report = await measureReport(ctx, articles, options.runs);
    const bigDictionary = await measureBigDictionary(ctx, corpus, options.runs);

    const measurements: Measurements = { startup, throughput, corpus, largeCorpus, rssLarge, longLine, longTexts, terms, library, oneLine, oneLineTexts, tokenizers, bigDictionary, merge, report };
    const rows = buildRows(measurements);
    const finishedAt = new Date();
    const environment = {
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      loadBefore,
      loadAfter: os.loadavg(),
      rssMethod: ctx.rssMethod,
      startedAt: startedAt.toISOString(),
      seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    };
    const resultsDir = path.join(ctx.root, "bench", "results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const jsonFile = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(jsonFile, `${JSON.stringify({ options, environment, rows, measurements }, null, 2)}\n`);
    writeLatest(path.join(ctx.root, "bench", "LATEST.md"), { options, environment, rows, markdown: renderMarkdown(rows), jsonFile: path.relative(ctx.root, jsonFile) });
    ctx.log(`wrote ${path.relative(ctx.root, jsonFile)} and bench/LATEST.md`);
    return rows;
  } finally {
    if (options.keep) ctx.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Re-renders a saved run, e.g. after the table's rows changed; measures nothing. */
function rerender(file: string): Row[] {
  const saved = JSON.parse(fs.readFileSync(file, "utf8")) as Pick<LatestSummary, "options" | "environment"> & { measurements: Measurements };
  const rows = buildRows(saved.measurements);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  writeLatest(path.join(root, "bench", "LATEST.md"), { ...saved, rows, markdown: renderMarkdown(rows), jsonFile: path.relative(root, path.resolve(file)) });
  return rows;
}

try {
  const options = parseOptions(process.argv.slice(2));
  const rows = options.from === undefined ? await main(options) : rerender(options.from);
  process.stdout.write(`\n${renderText(rows)}\n`);
  const failed = rows.filter((r) => r.pass === "FAIL").length;
  process.stdout.write(`\n${failed === 0 ? "all targets met" : `${failed} target(s) missed`}\n`);
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`${e.message ? `bench: ${e.message}\n` : ""}${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}

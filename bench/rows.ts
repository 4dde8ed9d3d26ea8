import type { Corpus, LongLines, OneLine } from "./corpus.js";
import type { OneLineRuns } from "./measure-one-line.js";
import { bigDictionaryRows, type BigDictionaryRuns } from "./measure-big-dictionary.js";
import { mergeRows, type MergeRuns } from "./measure-merge.js";
import { reportRows, type ReportRuns } from "./measure-report.js";
import { sameCounts, type ConceptCounts, type LongLineRuns } from "./measure-long-line.js";
import type { PackageRuns } from "./measure-package.js";
import type { StartupRuns } from "./measure-startup.js";
import type { TermsRuns } from "./measure-terms.js";
import type { ThroughputRuns } from "./measure-throughput.js";
import type { TokenizerRuns } from "./measure-tokenizers.js";
import { tokenizerRows } from "./tokenizer-rows.js";
import type { RunResult } from "./run-timed.js";
import { medianOf } from "./stats.js";
import type { Row } from "./table.js";

/** Everything measured in one `npm run bench`. */
export interface Measurements {
  readonly startup: StartupRuns;
  readonly throughput: ThroughputRuns;
  readonly corpus: Corpus;
  readonly largeCorpus: Corpus;
  readonly rssLarge: RunResult[];
  readonly longLine: LongLineRuns;
  readonly longTexts: LongLines;
  /** Absent in results saved before the terms rows existed. */
  readonly terms?: TermsRuns;
  /** Absent from results saved before it was measured. */
  readonly library?: PackageRuns;
  /** Absent in results saved before this row existed. */
  readonly oneLine?: OneLineRuns;
  readonly oneLineTexts?: OneLine;
  /** Absent in results saved before the tokenizer table existed. */
  readonly tokenizers?: TokenizerRuns;
  /** A generated 5,000-term dictionary against the default; absent from older results. */
  readonly bigDictionary?: BigDictionaryRuns;
  /** Absent in results saved before the merge rows existed. */
  readonly merge?: MergeRuns;
  /** Absent in results saved before the report rows existed. */
  readonly report?: ReportRuns;
}

const wall = (runs: readonly { wallMs: number }[]): number => medianOf(runs, (r) => r.wallMs)!;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
const times = (x: number): string => `${x.toFixed(2)}×`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
const check = (ok: boolean): Row["pass"] => (ok ? "pass" : "FAIL");
const rate = (corpus: Corpus, ms: number): string =>
  `${((corpus.chars / ms) * 1000).toFixed(0)} chars/s (${(corpus.bytes / 1e6 / (ms / 1000)).toFixed(3)} MB/s)`;
/** How many cores a run kept busy on average: near 1 for --jobs 2 means no core was free. */
const coresUsed = (runs: readonly RunResult[]): string => {
  const used = medianOf(runs, (r) => (r.cpuS === null ? null : r.cpuS / (r.wallMs / 1000)));
  return used === null ? "n/a" : used.toFixed(2);
};
const cpuMedian = (runs: readonly RunResult[]): number | null => medianOf(runs, (r) => r.cpuS);
const cpu = (runs: readonly RunResult[]): string => {
  const s = cpuMedian(runs);
  return s === null ? "n/a" : `${s.toFixed(2)} CPU s`;
};
const ratioOfCpu = (a: readonly RunResult[], b: readonly RunResult[]): string => {
  const x = cpuMedian(a);
  const y = cpuMedian(b);
  return x === null || y === null ? "n/a" : times(x / y);
};
const counts = (c: ConceptCounts): string =>
  Object.entries(c)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(", ") || "none";

function startupRows(s: StartupRuns, label: "warm" | "cold", targeted: boolean): Row[] {
  const measured = wall(s[label]);
  const node = wall(s.nodeOnly);
  const stock = wall(s.stockBuild);
  const name = `start-up, ${label} cache`;
  return [
    { metric: `${name}, wall`, measured: seconds(measured), baseline: "-", ratio: "-", target: targeted ? "≤ 0.35 s" : "(info)", pass: targeted ? check(measured <= 350) : "info" },
    { metric: `${name}, vs node -e 0`, measured: seconds(measured), baseline: seconds(node), ratio: times(measured / node), target: "(info)", pass: "info" },
    {
      metric: `${name}, speed-up over building stock kuromoji`,
      measured: seconds(measured),
      baseline: seconds(stock),
      ratio: times(stock / measured),
      target: targeted ? "≥ 6×" : "(info)",
      pass: targeted ? check(stock / measured >= 6) : "info",
    },
  ];
}

/** The library's import cost, and what --jobs beyond the cores costs in memory (issue 13). */
function packageRows(l: PackageRuns): Row[] {
  const node = wall(l.nodeOnly);
  const imported = wall(l.importOnly);
  const analysed = wall(l.firstAnalysis);
  const rssCores = medianOf(l.jobsCores, (r) => r.peakRssKb);
  const rss50 = medianOf(l.jobs50, (r) => r.peakRssKb);
  return [
    {
      metric: "import('kouka'), warm, vs node -e 0 (target: the difference)",
      measured: seconds(imported),
      baseline: seconds(node),
      ratio: `${times(imported / node)}, +${seconds(imported - node)}`,
      target: "≤ +0.15 s",
      pass: check(imported - node <= 150),
    },
    {
      metric: "import, createAnalyzer() and one analyzeText, warm caches, vs node -e 0",
      measured: seconds(analysed),
      baseline: seconds(node),
      ratio: times(analysed / node),
      target: "(info)",
      pass: "info",
    },
    {
      metric: `peak RSS, --jobs 50 vs --jobs ${l.cores} (the cores)`,
      measured: rss50 === null ? "n/a" : mb(rss50 * 1024),
      baseline: rssCores === null ? "n/a" : mb(rssCores * 1024),
      ratio: rss50 === null || rssCores === null ? "n/a" : times(rss50 / rssCores),
      target: "≤ 1.05×",
      pass: rss50 === null || rssCores === null ? "FAIL" : check(rss50 / rssCores <= 1.05),
    },
  ];
}

export function buildRows(m: Measurements): Row[] {
  const t = m.throughput;
  const one = wall(t.jobs1);
  const two = wall(t.jobs2);
  const raw = medianOf(t.raw, (r) => r.tokenizeMs)!;
  const rssSmall = medianOf(t.jobs1, (r) => r.peakRssKb);
  const rssLarge = medianOf(m.rssLarge, (r) => r.peakRssKb);
  const p = wall(m.longLine.punctuated);
  const u = wall(m.longLine.unpunctuated);
  const warm = wall(m.startup.warm);
  const size = mb(m.corpus.bytes);
  return [
    ...(m.tokenizers ? tokenizerRows(m.tokenizers, m.corpus) : []),
    ...startupRows(m.startup, "warm", true),
    ...startupRows(m.startup, "cold", false),
    {
      metric: `throughput, --jobs 1 vs stock tokenize, ${size}`,
      measured: rate(m.corpus, one),
      baseline: rate(m.corpus, raw),
      ratio: times(raw / one),
      target: "≥ 0.9×",
      pass: check(raw / one >= 0.9),
    },
    {
      metric: `--jobs 2 speed-up over --jobs 1, ${size}`,
      measured: seconds(two),
      baseline: seconds(one),
      ratio: times(one / two),
      target: "≥ 1.7×",
      pass: check(one / two >= 1.7),
    },
    {
      metric: "--jobs 2 vs --jobs 1, cores used (CPU s / wall s)",
      measured: coresUsed(t.jobs2),
      baseline: coresUsed(t.jobs1),
      ratio: "-",
      target: "(info)",
      pass: "info",
    },
    ...termsRows(m.terms, size),
    ...bigDictionaryRows(m.bigDictionary, size),
    { metric: "--jobs 2 output identical to --jobs 1", measured: t.sameOutput ? "identical" : "differs", baseline: "-", ratio: "-", target: "identical", pass: check(t.sameOutput) },
    {
      metric: `peak RSS, --jobs 1, ${mb(m.largeCorpus.bytes)} vs ${size} corpus`,
      measured: rssLarge === null ? "n/a" : mb(rssLarge * 1024),
      baseline: rssSmall === null ? "n/a" : mb(rssSmall * 1024),
      ratio: rssLarge === null || rssSmall === null ? "n/a" : times(rssLarge / rssSmall),
      target: "≤ 1.2×",
      pass: rssLarge === null || rssSmall === null ? "FAIL" : check(rssLarge / rssSmall <= 1.2),
    },
    {
      metric: `long line without 。、 (${mb(m.longTexts.unpunctuated.bytes)}) vs punctuated, wall`,
      measured: seconds(u),
      baseline: seconds(p),
      ratio: times(u / p),
      target: "≤ 1.5×",
      pass: check(u / p <= 1.5),
    },
    {
      metric: "long line, same minus warm start-up",
      measured: seconds(u - warm),
      baseline: seconds(p - warm),
      ratio: times((u - warm) / (p - warm)),
      target: "(info)",
      pass: "info",
    },
    {
      metric: "long line, same in CPU time (less noisy)",
      measured: cpu(m.longLine.unpunctuated),
      baseline: cpu(m.longLine.punctuated),
      ratio: ratioOfCpu(m.longLine.unpunctuated, m.longLine.punctuated),
      target: "(info)",
      pass: "info",
    },
    {
      metric: "long line, mentions per concept vs punctuated",
      measured: counts(m.longLine.unpunctuatedCounts),
      baseline: counts(m.longLine.punctuatedCounts),
      ratio: sameCounts(m.longLine.unpunctuatedCounts, m.longLine.punctuatedCounts) ? "same" : "differ",
      target: "same",
      pass: check(sameCounts(m.longLine.unpunctuatedCounts, m.longLine.punctuatedCounts)),
    },
    {
      metric: "long line, mentions vs same words broken at each 。",
      measured: counts(m.longLine.unpunctuatedCounts),
      baseline: counts(m.longLine.brokenAtStopsCounts),
      ratio: sameCounts(m.longLine.unpunctuatedCounts, m.longLine.brokenAtStopsCounts) ? "same" : "differ",
      target: "(info)",
      pass: "info",
    },
    ...(m.library ? packageRows(m.library) : []),
    ...(m.oneLine && m.oneLineTexts ? oneLineRows(m.oneLine, m.oneLineTexts) : []),
    ...(m.merge ? mergeRows(m.merge, m.corpus) : []),
    ...(m.report ? reportRows(m.report) : []),
  ];
}

/** `terms` against `analyze` on the same corpus (DESIGN: terms costs at most 1.5× analyze). */
function termsRows(t: TermsRuns | undefined, size: string): Row[] {
  if (t === undefined) return [];
  const terms = wall(t.terms);
  const analyze = wall(t.analyze);
  return [
    {
      metric: `terms vs analyze, --jobs 1, ${size}, wall`,
      measured: seconds(terms),
      baseline: seconds(analyze),
      ratio: times(terms / analyze),
      target: "≤ 1.5×",
      pass: check(terms / analyze <= 1.5),
    },
    {
      metric: "terms vs analyze, same in CPU time (less noisy)",
      measured: cpu(t.terms),
      baseline: cpu(t.analyze),
      ratio: ratioOfCpu(t.terms, t.analyze),
      target: "(info)",
      pass: "info",
    },
  ];
}

/** Issue 12: `mentions` on one long line at most 1.5× the time of the same text in lines. */
export function oneLineRows(runs: OneLineRuns, texts: OneLine): Row[] {
  const o = wall(runs.oneLine);
  const l = wall(runs.lines);
  const same = sameCounts(runs.oneLineCounts, runs.linesCounts);
  return [
    {
      metric: `mentions, one line (${mb(texts.oneLine.bytes)}) vs the same text in lines, wall`,
      measured: seconds(o),
      baseline: seconds(l),
      ratio: times(o / l),
      target: "≤ 1.5×",
      pass: check(o / l <= 1.5),
    },
    { metric: "mentions, one line vs lines, CPU time", measured: cpu(runs.oneLine), baseline: cpu(runs.lines), ratio: ratioOfCpu(runs.oneLine, runs.lines), target: "(info)", pass: "info" },
    {
      metric: "mentions, one line vs lines, peak RSS",
      measured: `${((medianOf(runs.oneLine, (r) => r.peakRssKb) ?? 0) / 1000).toFixed(1)} MB`,
      baseline: `${((medianOf(runs.lines, (r) => r.peakRssKb) ?? 0) / 1000).toFixed(1)} MB`,
      ratio: "-",
      target: "(info)",
      pass: "info",
    },
    { metric: "mentions, one line vs lines, mentions per concept", measured: counts(runs.oneLineCounts), baseline: counts(runs.linesCounts), ratio: same ? "same" : "differ", target: "same", pass: check(same) },
  ];
}


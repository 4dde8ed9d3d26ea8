import type { TokenizeRun, TokenizerRuns } from "./measure-tokenizers.js";
import type { RunResult } from "./run-timed.js";
import { median, medianOf } from "./stats.js";
import type { Corpus } from "./corpus.js";
import type { Row } from "./table.js";

const rate = (mbPerS: number | null): string => (mbPerS === null ? "n/a" : `${mbPerS.toFixed(2)} MB/CPU s`);
const times = (x: number | null): string => (x === null ? "n/a" : `${x.toFixed(2)}×`);
const check = (ok: boolean | null): Row["pass"] => (ok === null ? "info" : ok ? "pass" : "FAIL");

/** MB of UTF-8 per CPU second of tokenize. */
const tokenizeRate = (runs: readonly TokenizeRun[]): number => median(runs.map((r) => r.bytes / 1e6 / (r.cpuMs / 1000)));
/** MB per CPU second of whole processes. */
const processRate = (runs: readonly RunResult[], bytes: number): number | null => {
  const cpu = medianOf(runs, (r) => r.cpuS);
  return cpu === null || cpu === 0 ? null : bytes / 1e6 / cpu;
};
const wall = (runs: readonly RunResult[]): number | null => medianOf(runs, (r) => r.wallMs);

/** The tokenizer table: kouka's engine against stock kuromoji and MeCab, and the whole CLI. */
export function tokenizerRows(t: TokenizerRuns, corpus: Corpus): Row[] {
  const engine = tokenizeRate(t.engine);
  const stock = tokenizeRate(t.stock);
  const mecab = t.mecab.length > 0 ? processRate(t.mecab, t.mecabBytes) : null;
  const analyze = processRate(t.analyze, corpus.bytes);
  const analyzeCpu = medianOf(t.analyze, (r) => r.cpuS);
  const tokensCpu = medianOf(t.tokens, (r) => r.cpuS);
  const tokensRatio = analyzeCpu === null || tokensCpu === null ? null : tokensCpu / analyzeCpu;
  const j1 = wall(t.fewJobs1);
  const j2 = wall(t.fewJobs2);
  const halves = t.fewHalves.length > 0 ? median(t.fewHalves) : null;
  const size = `${(corpus.bytes / 1e6).toFixed(1)} MB`;
  const rows: Row[] = [
    { metric: `engine tokenize vs stock kuromoji tokenize, ${size}`, measured: rate(engine), baseline: rate(stock), ratio: times(engine / stock), target: "≥ 10×", pass: check(engine / stock >= 10) },
    {
      metric: "engine tokenize vs MeCab (whole process, -b over the longest line)",
      measured: rate(engine),
      baseline: mecab === null ? "not installed" : rate(mecab),
      ratio: times(mecab === null ? null : engine / mecab),
      target: "≥ 0.9×",
      pass: check(mecab === null ? null : engine / mecab >= 0.9),
    },
    { metric: `kouka analyze --jobs 1, whole process, ${size}`, measured: rate(analyze), baseline: "-", ratio: "-", target: "≥ 1.8 MB/CPU s", pass: check(analyze === null ? null : analyze >= 1.8) },
    {
      // The same against MeCab, measured alongside: the machine's speed moves by half within a day, a ratio does not.
      metric: "same, vs MeCab (whole processes)",
      measured: rate(analyze),
      baseline: mecab === null ? "not installed" : rate(mecab),
      ratio: times(analyze === null || mecab === null ? null : analyze / mecab),
      target: "(info)",
      pass: "info",
    },
    {
      metric: "kouka tokens -f tsv vs kouka analyze, CPU time",
      measured: tokensCpu === null ? "n/a" : `${tokensCpu.toFixed(2)} CPU s`,
      baseline: analyzeCpu === null ? "n/a" : `${analyzeCpu.toFixed(2)} CPU s`,
      ratio: times(tokensRatio),
      target: "≤ 1.5×",
      pass: check(tokensRatio === null ? null : tokensRatio <= 1.5),
    },
  ];
  if (t.few && j1 !== null && j2 !== null) {
    const cores = (runs: readonly RunResult[]) => medianOf(runs, (r) => (r.cpuS === null ? null : r.cpuS / (r.wallMs / 1000)));
    rows.push(
      {
        metric: `--jobs 2 speed-up over --jobs 1, ${t.few.files} files, ${(t.few.chars / 1e6).toFixed(1)} M chars`,
        measured: `${(j2 / 1000).toFixed(3)} s`,
        baseline: `${(j1 / 1000).toFixed(3)} s`,
        ratio: times(j1 / j2),
        target: "≥ 1.8×",
        pass: check(j1 / j2 >= 1.8),
      },
      { metric: "same, cores used (CPU s / wall s), --jobs 2 | --jobs 1", measured: `${cores(t.fewJobs2)?.toFixed(2) ?? "n/a"}`, baseline: `${cores(t.fewJobs1)?.toFixed(2) ?? "n/a"}`, ratio: "-", target: "(info)", pass: "info" },
      {
        metric: "ceiling: two --jobs 1 processes at once, each on half the files, speed-up over one on all",
        measured: halves === null ? "n/a" : `${(halves / 1000).toFixed(3)} s`,
        baseline: `${(j1 / 1000).toFixed(3)} s`,
        ratio: times(halves === null ? null : j1 / halves),
        target: "(info)",
        pass: "info",
      },
    );
  }
  return rows;
}

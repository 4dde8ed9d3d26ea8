import fs from "node:fs";
import type { BenchOptions } from "./options.js";
import type { Row } from "./table.js";

export interface LatestSummary {
  readonly options: BenchOptions;
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly loadBefore: readonly number[];
    readonly loadAfter: readonly number[];
    readonly rssMethod: string;
    readonly startedAt: string;
    readonly seconds: number;
  };
  readonly rows: readonly Row[];
  readonly markdown: string;
  readonly jsonFile: string;
}

const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(" / ");

/** bench/LATEST.md: the table plus what it takes to read it (machine, load, sizes, method). */
export function writeLatest(file: string, s: LatestSummary): void {
  const o = s.options;
  const e = s.environment;
  const failed = s.rows.filter((r) => r.pass === "FAIL").map((r) => r.metric);
  const text = `# kouka benchmark: latest run

\`npm run bench${o.quick ? " -- --quick" : ""}\` on ${e.startedAt} (${Math.round(e.seconds)} s):
${e.cpus} CPUs (${e.cpuModel}), Node ${e.node}, load average (1/5/15 min) ${load(e.loadBefore)} before and ${load(e.loadAfter)} after.
Main corpus ${o.mb} MB, large corpus ${o.rssMb} MB, long line ${o.longKb} KB; median of ${o.runs} runs (${o.throughputRuns ?? o.runs} for throughput and --jobs, ${o.startupRuns} for start-up); peak RSS via ${e.rssMethod}.

${s.markdown}

${failed.length === 0 ? "All targets met." : `Missed: ${failed.join("; ")}.`}

How to read it:
- Every figure is the median of its runs; ratios are medians against baselines timed in the same \`npm run bench\`, run by run interleaved.
- Start-up is \`echo 規模の経済 | kouka analyze\`, the wall time of the whole process from spawn to exit; the targets apply to the warm case. Warm: the user's caches are present (dictionary, compiled data files, compiled code; README \"Caches\"); cold: \`XDG_CACHE_HOME\` is a new empty folder, so kouka decodes the dictionary and writes all three. The stock baseline is a fresh \`node\` running \`kuromoji.builder({ dicPath }).build\`.
- Throughput and \`--jobs\` run \`kouka analyze -q\` on a folder of copies of corpus/*.txt (one article per file). Peak RSS is of \`--jobs 1\` on that folder and on a ten times larger one.
- Throughput counts the corpus's characters (and UTF-8 MB) over kouka's whole wall time, start-up included; the stock baseline times only \`tokenizer.tokenize\` line by line, after the build.
- Long line: corpus/000_ff73a4c8bf075508.txt's first line repeated into one line, with and without 。、 (brackets stay, so neighbouring terms do not run together), through \`kouka mentions --no-clean --jobs 1\` (the line ends in a credit trailer that the clutter rules would strip, with every later copy, only when 。 precedes it). "Broken at each 。" is the unpunctuated text with a line break where each 。 was: mentions that differ between it and the one line are lost to the long-run cuts; mentions that differ only from the punctuated text are lost to terms running together once 。、 are gone.
- The machine is shared: compare the load averages above before reading much into a change.

Raw runs: \`${s.jsonFile}\` (not committed).
`;
  fs.writeFileSync(file, text);
}

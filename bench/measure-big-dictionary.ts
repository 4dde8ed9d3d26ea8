import fs from "node:fs";
import path from "node:path";
import type { BenchContext } from "./bench-context.js";
import { bigDictionaryYaml } from "./big-dictionary.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";
import { medianOf } from "./stats.js";
import type { Row } from "./table.js";

export interface BigDictionaryRuns {
  readonly terms: number;
  readonly defaultWarm: RunResult[];
  readonly bigWarm: RunResult[];
  readonly defaultCold: RunResult[];
  readonly bigCold: RunResult[];
}

export const BIG_DICTIONARY_TERMS = 5000;

/**
 * Per round: `kouka analyze --jobs 1` with the default dictionary and with a generated
 * dictionary of 5,000 terms alone (`--no-default-dict -d big.yaml`), each with the
 * dictionary cache warm and cold (an empty XDG_CACHE_HOME: the terms are parsed and
 * tokenized), interleaved so load changes hit all four.
 */
export async function measureBigDictionary(ctx: BenchContext, corpus: Corpus, runs: number): Promise<BigDictionaryRuns> {
  const dict = path.join(ctx.tmp, "big-dictionary.yaml");
  fs.writeFileSync(dict, bigDictionaryYaml(BIG_DICTIONARY_TERMS));
  // Captured (a closed stdout is an error for kouka), then dropped from the results.
  const analyze = (extra: string[]) => ctx.koukaSpec(["analyze", "--jobs", "1", "-q", ...extra, corpus.dir], { capture: true });
  const run = async (spec: ReturnType<typeof analyze>): Promise<RunResult> => ({ ...(await ctx.run(spec)), stdout: "" });
  const cold = async (extra: string[]): Promise<RunResult> => {
    const cache = fs.mkdtempSync(path.join(ctx.tmp, "big-dict-cache-"));
    try {
      return await run({ ...analyze(extra), env: { ...process.env, XDG_CACHE_HOME: cache } });
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  };
  const big = ["--no-default-dict", "-d", dict];
  // Untimed: fill both dictionary caches.
  await ctx.run(analyze([]));
  await ctx.run(analyze(big));
  const out = { terms: BIG_DICTIONARY_TERMS, defaultWarm: [] as RunResult[], bigWarm: [] as RunResult[], defaultCold: [] as RunResult[], bigCold: [] as RunResult[] };
  for (let i = 0; i < runs; i++) {
    ctx.log(`big dictionary round ${i + 1}/${runs}`);
    out.defaultWarm.push(await run(analyze([])));
    out.bigWarm.push(await run(analyze(big)));
    out.defaultCold.push(await cold([]));
    out.bigCold.push(await cold(big));
  }
  return out;
}

const wall = (runs: readonly RunResult[]): number => medianOf(runs, (r) => r.wallMs)!;
const cpu = (runs: readonly RunResult[]): number | null => medianOf(runs, (r) => r.cpuS);

/** Rows: a 5,000-term dictionary loads and matches at most 1.3× slower than the default (issue 17). */
export function bigDictionaryRows(b: BigDictionaryRuns | undefined, size: string): Row[] {
  if (b === undefined) return [];
  const rows: Row[] = [];
  for (const [label, big, base, targeted] of [
    ["warm cache", b.bigWarm, b.defaultWarm, true],
    ["cold cache", b.bigCold, b.defaultCold, false],
  ] as const) {
    const ratio = wall(big) / wall(base);
    rows.push({
      metric: `${b.terms}-term dictionary vs default, analyze --jobs 1, ${size}, ${label}, wall`,
      measured: `${(wall(big) / 1000).toFixed(3)} s`,
      baseline: `${(wall(base) / 1000).toFixed(3)} s`,
      ratio: `${ratio.toFixed(2)}×`,
      target: targeted ? "≤ 1.3×" : "(info)",
      pass: targeted ? (ratio <= 1.3 ? "pass" : "FAIL") : "info",
    });
    const x = cpu(big);
    const y = cpu(base);
    rows.push({
      metric: `  same, ${label}, CPU time (less noisy)`,
      measured: x === null ? "n/a" : `${x.toFixed(2)} CPU s`,
      baseline: y === null ? "n/a" : `${y.toFixed(2)} CPU s`,
      ratio: x === null || y === null ? "n/a" : `${(x / y).toFixed(2)}×`,
      target: "(info)",
      pass: "info",
    });
  }
  return rows;
}

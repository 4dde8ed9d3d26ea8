import { createHash } from "node:crypto";
import type { BenchContext } from "./bench-context.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

export interface RawRun {
  readonly wallMs: number;
  readonly buildMs: number;
  readonly tokenizeMs: number;
  readonly tokens: number;
}

export interface ThroughputRuns {
  readonly jobs1: RunResult[];
  readonly jobs2: RunResult[];
  readonly raw: RawRun[];
  /** Whether --jobs 2 wrote exactly what --jobs 1 wrote, in every round. */
  readonly sameOutput: boolean;
}

const digest = (text: string): string => createHash("sha256").update(text).digest("hex");

/**
 * Per round: `kouka analyze --jobs 1`, stock kuromoji tokenizing the same files, and
 * `kouka analyze --jobs 2`, interleaved so load changes hit all three.
 */
export async function measureThroughput(ctx: BenchContext, corpus: Corpus, runs: number): Promise<ThroughputRuns> {
  const kouka = (jobs: number) => ctx.koukaSpec(["analyze", "--jobs", String(jobs), "-q", corpus.dir], { capture: true });
  const out: ThroughputRuns = { jobs1: [], jobs2: [], raw: [], sameOutput: true };
  const mutable = out as { sameOutput: boolean };
  for (let i = 0; i < runs; i++) {
    ctx.log(`throughput round ${i + 1}/${runs}: --jobs 1`);
    const one = await ctx.run(kouka(1));
    ctx.log(`throughput round ${i + 1}/${runs}: stock kuromoji tokenize`);
    const raw = await ctx.run({ ...ctx.child("child-raw-tokenize", [corpus.dir]), capture: true });
    ctx.log(`throughput round ${i + 1}/${runs}: --jobs 2`);
    const two = await ctx.run(kouka(2));
    const rows = one.stdout.split("\n").filter((l) => l !== "").length - 1;
    if (rows !== corpus.files) throw new Error(`--jobs 1 wrote ${rows} rows for ${corpus.files} files`);
    if (digest(one.stdout) !== digest(two.stdout)) mutable.sameOutput = false;
    out.jobs1.push({ ...one, stdout: "" });
    out.jobs2.push({ ...two, stdout: "" });
    out.raw.push({ wallMs: raw.wallMs, ...(JSON.parse(raw.stdout) as Omit<RawRun, "wallMs">) });
  }
  return out;
}

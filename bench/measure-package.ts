import os from "node:os";
import type { BenchContext } from "./bench-context.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

export interface PackageRuns {
  readonly nodeOnly: RunResult[];
  /** `await import("kouka")` through the package's own name (its `exports`). */
  readonly importOnly: RunResult[];
  /** The same, then createAnalyzer() and one analyzeText, caches warm. */
  readonly firstAnalysis: RunResult[];
  readonly cores: number;
  /** `kouka analyze --jobs <cores>` and `--jobs 50` on the main corpus. */
  readonly jobsCores: RunResult[];
  readonly jobs50: RunResult[];
}

const IMPORT = "await import('kouka')";
const ANALYSE = "const k = await import('kouka'); (await k.createAnalyzer()).analyzeText('規模の経済')";

/** The library's import cost against `node -e 0`, interleaved; and what --jobs beyond the cores costs in memory. */
export async function measurePackage(ctx: BenchContext, corpus: Corpus, startupRuns: number, runs: number): Promise<PackageRuns> {
  // Run from the package folder, so `kouka` resolves to it as it would for a user.
  const node = (code: string) => ({ command: process.execPath, args: ["--input-type=module", "-e", code], cwd: ctx.root });
  await ctx.run(node(ANALYSE)); // untimed: the caches are warm for every timed run
  const cores = os.availableParallelism();
  const out: PackageRuns = { nodeOnly: [], importOnly: [], firstAnalysis: [], cores, jobsCores: [], jobs50: [] };
  for (let i = 0; i < startupRuns; i++) {
    ctx.log(`library import round ${i + 1}/${startupRuns}`);
    out.nodeOnly.push(await ctx.run({ command: process.execPath, args: ["-e", "0"] }));
    out.importOnly.push(await ctx.run(node(IMPORT)));
    out.firstAnalysis.push(await ctx.run(node(ANALYSE)));
  }
  for (let i = 0; i < runs; i++) {
    ctx.log(`--jobs ${cores} vs --jobs 50, peak RSS, round ${i + 1}/${runs}`);
    out.jobsCores.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", String(cores), "-q", corpus.dir])));
    out.jobs50.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "50", "-q", corpus.dir])));
  }
  return out;
}

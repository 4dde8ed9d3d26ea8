import type { BenchContext } from "./bench-context.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

/** `kouka analyze --jobs 1` on the large corpus (the small side reuses the throughput runs). */
export async function measurePeakRss(ctx: BenchContext, corpus: Corpus, runs: number): Promise<RunResult[]> {
  const out: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    ctx.log(`peak RSS run ${i + 1}/${runs} (${(corpus.bytes / 1e6).toFixed(1)} MB)`);
    out.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "1", "-q", corpus.dir])));
  }
  return out;
}

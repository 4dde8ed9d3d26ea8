import type { BenchContext } from "./bench-context.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

export interface TermsRuns {
  readonly analyze: RunResult[];
  readonly terms: RunResult[];
}

/**
 * Per round: `kouka analyze --jobs 1` and `kouka terms --jobs 1` (default keyness
 * ranking) on the same corpus, interleaved so load changes hit both. `terms` keeps every
 * token for its compounds and ranks at the end; the target is that it costs at most 1.5×
 * what `analyze` does on the same input.
 */
export async function measureTerms(ctx: BenchContext, corpus: Corpus, runs: number): Promise<TermsRuns> {
  const out: { analyze: RunResult[]; terms: RunResult[] } = { analyze: [], terms: [] };
  for (let i = 0; i < runs; i++) {
    ctx.log(`terms round ${i + 1}/${runs}: analyze --jobs 1`);
    out.analyze.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "1", "-q", corpus.dir])));
    ctx.log(`terms round ${i + 1}/${runs}: terms --jobs 1`);
    out.terms.push(await ctx.run(ctx.koukaSpec(["terms", "--jobs", "1", "-q", corpus.dir])));
  }
  return out;
}

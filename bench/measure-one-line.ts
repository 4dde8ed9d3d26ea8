import type { BenchContext } from "./bench-context.js";
import type { OneLine } from "./corpus.js";
import { countMentions, sameCounts, type ConceptCounts } from "./measure-long-line.js";
import type { RunResult } from "./run-timed.js";

export interface OneLineRuns {
  readonly oneLine: RunResult[];
  readonly lines: RunResult[];
  readonly oneLineCounts: ConceptCounts;
  readonly linesCounts: ConceptCounts;
}

/** `kouka mentions` on the one-line text and on the same text in lines, interleaved. */
export async function measureOneLine(ctx: BenchContext, texts: OneLine, runs: number): Promise<OneLineRuns> {
  // --no-clean: clutter rules work on lines, so on one line they would remove other text than on many.
  const spec = (file: string) => ctx.koukaSpec(["mentions", "-f", "jsonl", "--no-clean", "--jobs", "1", "-q", file], { capture: true });
  const oneLine: RunResult[] = [];
  const lines: RunResult[] = [];
  let counts: { o: ConceptCounts; l: ConceptCounts } | undefined;
  for (let i = 0; i < runs; i++) {
    ctx.log(`one line vs lines round ${i + 1}/${runs}`);
    const o = await ctx.run(spec(texts.oneLine.file));
    const l = await ctx.run(spec(texts.lines.file));
    const now = { o: countMentions(o.stdout), l: countMentions(l.stdout) };
    if (counts && !(sameCounts(counts.o, now.o) && sameCounts(counts.l, now.l))) throw new Error("mention counts changed between runs");
    counts = now;
    oneLine.push({ ...o, stdout: "" });
    lines.push({ ...l, stdout: "" });
  }
  return { oneLine, lines, oneLineCounts: counts?.o ?? {}, linesCounts: counts?.l ?? {} };
}

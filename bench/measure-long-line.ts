import type { BenchContext } from "./bench-context.js";
import type { LongLines } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

export type ConceptCounts = Readonly<Record<string, number>>;

export interface LongLineRuns {
  readonly punctuated: RunResult[];
  readonly unpunctuated: RunResult[];
  readonly punctuatedCounts: ConceptCounts;
  readonly unpunctuatedCounts: ConceptCounts;
  readonly brokenAtStopsCounts: ConceptCounts;
}

/** Mention rows per concept in `kouka mentions -f jsonl` output. */
export function countMentions(jsonl: string): ConceptCounts {
  const counts: Record<string, number> = {};
  for (const line of jsonl.split("\n")) {
    if (line === "") continue;
    const concept = String((JSON.parse(line) as { concept?: unknown }).concept);
    counts[concept] = (counts[concept] ?? 0) + 1;
  }
  return counts;
}

export const sameCounts = (a: ConceptCounts, b: ConceptCounts): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * `kouka mentions` on the one-line text with and without punctuation, interleaved.
 * --no-clean: the seed line ends in a credit trailer (著者: …), which the clutter rules
 * recognise only after 。 and then remove to the end of the line, i.e. every later copy.
 */
export async function measureLongLine(ctx: BenchContext, texts: LongLines, runs: number): Promise<LongLineRuns> {
  const spec = (file: string) => ctx.koukaSpec(["mentions", "-f", "jsonl", "--no-clean", "--jobs", "1", "-q", file], { capture: true });
  const punctuated: RunResult[] = [];
  const unpunctuated: RunResult[] = [];
  let counts: { p: ConceptCounts; u: ConceptCounts } | undefined;
  for (let i = 0; i < runs; i++) {
    ctx.log(`long line round ${i + 1}/${runs}`);
    const p = await ctx.run(spec(texts.punctuated.file));
    const u = await ctx.run(spec(texts.unpunctuated.file));
    const now = { p: countMentions(p.stdout), u: countMentions(u.stdout) };
    // The output is deterministic; a run that differs from the first is a bug in itself.
    if (counts && !(sameCounts(counts.p, now.p) && sameCounts(counts.u, now.u))) throw new Error("mention counts changed between runs");
    counts = now;
    punctuated.push({ ...p, stdout: "" });
    unpunctuated.push({ ...u, stdout: "" });
  }
  // Counts only, and deterministic: one run.
  const broken = countMentions((await ctx.run(spec(texts.brokenAtStops.file))).stdout);
  return { punctuated, unpunctuated, punctuatedCounts: counts?.p ?? {}, unpunctuatedCounts: counts?.u ?? {}, brokenAtStopsCounts: broken };
}

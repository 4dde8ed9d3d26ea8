import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchContext } from "./bench-context.js";
import type { Corpus } from "./corpus.js";
import type { RunResult } from "./run-timed.js";

/** One in-process tokenize pass: CPU time of tokenize alone. */
export interface TokenizeRun {
  readonly cpuMs: number;
  readonly bytes: number;
  readonly tokens: number;
}

export interface TokenizerRuns {
  readonly engine: TokenizeRun[];
  readonly stock: TokenizeRun[];
  /** Whole mecab processes over the same text in one file; empty when mecab is not installed. */
  readonly mecab: RunResult[];
  readonly mecabBytes: number;
  readonly analyze: RunResult[];
  readonly tokens: RunResult[];
  /** --jobs 1 and --jobs 2 on `few` (40 files). */
  readonly few: Corpus | null;
  readonly fewJobs1: RunResult[];
  readonly fewJobs2: RunResult[];
  /**
   * Wall ms of two `--jobs 1` processes started together, each on half of `few`'s files: what
   * two cores give when nothing is shared, the ceiling for `--jobs 2` on this machine.
   */
  readonly fewHalves: number[];
}

function mecabInstalled(): boolean {
  return spawnSync("mecab", ["--version"], { encoding: "utf8" }).status === 0;
}

/** The corpus's files in two halves, every other file (the files are all about the same size). */
function halvesOf(corpus: Corpus): string[][] {
  const files = fs.readdirSync(corpus.dir).sort().map((name) => path.join(corpus.dir, name));
  return [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
}

/** The corpus as one file for MeCab, and the `-b` it needs (longer than the longest line, in bytes). */
function mecabInput(ctx: BenchContext, corpus: Corpus): { file: string; bytes: number; buffer: number } {
  const text = fs
    .readdirSync(corpus.dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => fs.readFileSync(path.join(corpus.dir, n), "utf8"))
    .join("\n");
  const file = path.join(ctx.tmp, "mecab-input.txt");
  fs.writeFileSync(file, text);
  const longest = Math.max(...text.split("\n").map((l) => Buffer.byteLength(l)));
  return { file, bytes: Buffer.byteLength(text.replace(/\n+/gu, "")), buffer: Math.max(8192, longest * 4 + 1024) };
}

/**
 * Per round, interleaved: kouka's engine and stock kuromoji tokenizing the corpus (in-process
 * CPU time of tokenize), MeCab over the same text, `kouka analyze --jobs 1` and
 * `kouka tokens -f tsv --jobs 1` (whole processes), and --jobs 1 / --jobs 2 on 40 files.
 */
export async function measureTokenizers(ctx: BenchContext, corpus: Corpus, few: Corpus | null, runs: number): Promise<TokenizerRuns> {
  const out = { engine: [] as TokenizeRun[], stock: [] as TokenizeRun[], mecab: [] as RunResult[], mecabBytes: 0, analyze: [] as RunResult[], tokens: [] as RunResult[], few, fewJobs1: [] as RunResult[], fewJobs2: [] as RunResult[], fewHalves: [] as number[] };
  const halves = few ? halvesOf(few) : [];
  const mecab = mecabInstalled() ? mecabInput(ctx, corpus) : null;
  out.mecabBytes = mecab?.bytes ?? 0;
  const parse = (r: RunResult): TokenizeRun => JSON.parse(r.stdout) as TokenizeRun;
  await ctx.run(ctx.koukaSpec(["analyze", "-q", corpus.dir])); // warm the caches
  for (let i = 0; i < runs; i++) {
    ctx.log(`tokenizers round ${i + 1}/${runs}`);
    out.engine.push(parse(await ctx.run({ ...ctx.child("child-tokenize", ["engine", corpus.dir]), capture: true })));
    out.stock.push(parse(await ctx.run({ ...ctx.child("child-tokenize", ["stock", corpus.dir]), capture: true })));
    if (mecab) out.mecab.push(await ctx.run({ command: "mecab", args: ["-b", String(mecab.buffer), "-o", "/dev/null", mecab.file] }));
    out.analyze.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "1", "-q", corpus.dir])));
    out.tokens.push(await ctx.run(ctx.koukaSpec(["tokens", "-f", "tsv", "--jobs", "1", "-q", corpus.dir])));
    if (few) {
      out.fewJobs1.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "1", "-q", few.dir])));
      out.fewJobs2.push(await ctx.run(ctx.koukaSpec(["analyze", "--jobs", "2", "-q", few.dir])));
      const started = performance.now();
      await Promise.all(halves.map((files) => ctx.run(ctx.koukaSpec(["analyze", "--jobs", "1", "-q", ...files]))));
      out.fewHalves.push(performance.now() - started);
    }
  }
  return out;
}

import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CliIO } from "../../src/cli/cli-io.js";
import { run } from "../../src/cli/run.js";
import { runKouka } from "../cli/run-kouka.js";
import { writeGeneratedCorpus } from "./generated-corpus.js";

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

// Any split of a corpus, in any order, merges to the bytes of one run over all of it:
// the partial of one run is cut into random parts (each with its header, as each mapper
// writes one; a part may be empty), the lines shuffled as after a shuffle sort, and fed
// to `kouka merge -` in random chunks (cut inside lines and inside UTF-8 characters).
// That a mapper over a subset writes the same lines as the full run is checked end to end
// with real --shard runs in test/cli/merge.test.ts.

/** A report: the single-run arguments and the merge arguments that must give the same bytes. */
interface Report {
  readonly name: string;
  readonly single: readonly string[];
  readonly merge: readonly string[];
}

const ANALYZE: readonly (readonly string[])[] = [[], ["--long"], ["--summary"], ["-f", "jsonl"]];
const reportsFor = (corpus: "jsonl" | "folder"): Report[] => [
  ...ANALYZE.map((opts) => ({ name: `analyze ${opts.join(" ")}`, single: ["analyze", ...opts], merge: ["merge", ...opts] })),
  ...(corpus === "jsonl"
    ? [["--by", "date:month"], ["--by", "outlet,date:year"], ["--by", "date:month", "--long"]]
    : [["--by", "dir"], ["--by", "dir", "--long"]]
  ).map((opts) => ({ name: `analyze ${opts.join(" ")}`, single: ["analyze", ...opts], merge: ["merge", ...opts] })),
  // `terms --suggest` is not offered over partials (its evidence points into the documents): a usage error, tested in test/cli/merge.test.ts.
  ...[[], ["--rank", "flr"], ["--rank", "cvalue"], ["--rank", "tfidf", "--top", "40"]].map((opts) => ({
    name: `terms ${opts.join(" ")}`,
    single: ["terms", ...opts],
    merge: ["terms", "--from-partials", ...opts],
  })),
  ...[[], corpus === "jsonl" ? ["--by", "date:year"] : ["--by", "dir"]].map((opts) => ({
    name: `cooccur ${opts.join(" ")}`,
    single: ["cooccur", ...opts],
    merge: ["cooccur", "--from-partials", ...opts],
  })),
];

/** The CLI in this process, over a stdin given in chunks; merges need no tokenizer. */
async function runInProcess(args: readonly string[], stdinChunks: readonly Uint8Array[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (to: Buffer[]) => new Writable({ write: (chunk: Buffer, _e, done) => (to.push(Buffer.from(chunk)), done()) });
  const io: CliIO = {
    stdin: (async function* () {
      yield* stdinChunks;
    })(),
    stdout: sink(out),
    stderr: sink(err),
    stderrIsTTY: false,
  };
  const code = await run(args, io);
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

/** Random cuts of the bytes into chunks. */
function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, to));
    from = to;
  }
  return chunks;
}

describe.each(["jsonl", "folder"] as const)("merging random splits of a generated corpus (%s)", (kind) => {
  let tmp: string;
  let input: string;
  let header: string;
  let documentLines: string[];
  const expected = new Map<string, string>();
  const reports = reportsFor(kind);

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-merge-"));
    const corpus = writeGeneratedCorpus(tmp);
    input = kind === "jsonl" ? corpus.jsonl : corpus.folder;
    const partial = runKouka(["analyze", "-q", "-f", "partial", input]);
    expect(partial.code).toBe(0);
    [header = "", ...documentLines] = partial.stdout.trimEnd().split("\n");
    for (const report of reports) {
      const single = runKouka([...report.single, "-q", input]);
      expect(single.code, `${report.name}: ${single.stderr}`).toBe(0);
      expected.set(report.name, single.stdout);
    }
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("has documents, mentions and terms to merge", () => {
    expect(documentLines.length).toBeGreaterThan(20);
    expect(expected.get("analyze --summary")).toMatch(/^scale,規模の経済,[1-9]/m);
    expect(expected.get("terms --rank flr")!.split("\n").length).toBeGreaterThan(100);
  });

  it("gives one run's bytes for every report, whatever the split and order", async () => {
    const split = fc.record({
      parts: fc.integer({ min: 1, max: 6 }),
      owner: fc.array(fc.nat(), { minLength: documentLines.length, maxLength: documentLines.length }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: documentLines.length + 8, maxLength: documentLines.length + 8 }),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(split, async ({ parts, owner, order, cuts }) => {
        // Each part is a mapper's partial: its header, then its documents (maybe none).
        const lines = Array.from({ length: parts }, (_, p) => [header, ...documentLines.filter((_, d) => owner[d]! % parts === p)]).flat();
        const shuffled = lines.map((line, i) => ({ line, key: order[i] ?? 0 })).sort((a, b) => a.key - b.key).map((x) => x.line);
        const stdin = chunked(Buffer.from(shuffled.join("\n") + "\n"), cuts);
        for (const report of reports) {
          const merged = await runInProcess([...report.merge, "-"], stdin);
          expect(merged.code, `${report.name}: ${merged.stderr}`).toBe(0);
          expect(merged.stdout, report.name).toBe(expected.get(report.name));
        }
      }),
      { numRuns: 25 },
    );
  });
});

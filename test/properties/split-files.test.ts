import fc from "fast-check";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyzeDocument, type PipelineContext } from "../../src/pipeline.js";
import { loadResources } from "../../src/resources.js";
import { CORPUS, csvRecords, runKouka } from "../cli/run-kouka.js";

// Each test spawns the CLI, sometimes a dozen times: slow on a loaded machine, never stuck.
vi.setConfig({ testTimeout: 180_000 });

// Counts never depend on how the input was split into files: cutting an article at
// paragraph boundaries ("\n\n") into several documents gives the same total per concept.

const CONCEPTS = ["scale", "network", "scope"] as const;
type Totals = Record<(typeof CONCEPTS)[number], number>;

const articles = readdirSync(CORPUS)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, paragraphs: readFileSync(path.join(CORPUS, name), "utf8").split("\n\n") }));

let ctx: PipelineContext;
beforeAll(async () => {
  ctx = { ...(await loadResources()), clean: true };
});

function totals(texts: readonly string[]): Totals {
  const t: Totals = { scale: 0, network: 0, scope: 0 };
  for (const text of texts) for (const m of analyzeDocument(text, ctx, false).mentions) t[m.concept as keyof Totals]++;
  return t;
}

/** Joins paragraphs back into pieces, cutting after paragraph i when cuts[i] is true. */
function cutAt(paragraphs: readonly string[], cuts: readonly boolean[]): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  paragraphs.forEach((p, i) => {
    current.push(p);
    if (i === paragraphs.length - 1 || cuts[i]) {
      pieces.push(current.join("\n\n"));
      current = [];
    }
  });
  return pieces;
}

describe("splitting an article into files at paragraph boundaries", () => {
  const whole = new Map<string, Totals>();

  it("keeps the total counts of every concept (library, random cuts)", () => {
    const article = fc.constantFrom(...articles.filter((a) => a.paragraphs.length > 1));
    const cuts = fc.array(fc.boolean(), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(article, cuts, ({ name, paragraphs }, cut) => {
        if (!whole.has(name)) whole.set(name, totals([paragraphs.join("\n\n")]));
        expect(totals(cutAt(paragraphs, cut)), name).toEqual(whole.get(name));
      }),
      { numRuns: 40 },
    );
  });

  describe("through the CLI", () => {
    let tmp: string;
    beforeAll(() => {
      tmp = mkdtempSync(path.join(tmpdir(), "kouka-split-"));
    });
    afterAll(() => {
      rmSync(tmp, { recursive: true, force: true });
    });

    it("one file per paragraph of every article sums to the counts of the whole articles", () => {
      for (const { name, paragraphs } of articles) {
        mkdirSync(path.join(tmp, name));
        paragraphs.forEach((p, i) => writeFileSync(path.join(tmp, name, `${String(i).padStart(3, "0")}.txt`), p));
      }
      const split = runKouka(["analyze", tmp]);
      const full = runKouka(["analyze", CORPUS]);
      expect(split.code).toBe(0);
      const sums = new Map<string, Totals>();
      for (const row of csvRecords(split.stdout)) {
        const article = path.basename(path.dirname(row["document"]!));
        const t = sums.get(article) ?? { scale: 0, network: 0, scope: 0 };
        for (const c of CONCEPTS) t[c] += Number(row[c]);
        sums.set(article, t);
      }
      for (const row of csvRecords(full.stdout)) {
        const want = Object.fromEntries(CONCEPTS.map((c) => [c, Number(row[c])]));
        expect(sums.get(path.basename(row["document"]!)), row["document"]).toEqual(want);
      }
      expect(sums.size).toBe(articles.length);
    });
  });
});

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { countConcepts } from "../src/concepts/count-concepts.js";
import { analyzeDocument } from "../src/pipeline.js";
import { loadResources, type Resources } from "../src/resources.js";

// Web clutter is removed before counting, and nothing in it is counted (DESIGN.md, issue 3).
const seed = readFileSync(new URL("../corpus/000_ff73a4c8bf075508.txt", import.meta.url), "utf8");
let resources: Resources;
const counts = (text: string, clean = true): number[] =>
  countConcepts(analyzeDocument(text, { ...resources, clean }).mentions, resources.dictionary).map((c) => c.count);

beforeAll(async () => {
  resources = await loadResources();
}, 60_000);

describe("the seed with and without its clutter", () => {
  const lines = seed.split("\n");
  // By hand: the article is the first line up to its credit; the ">>:" line and the teasers follow.
  const article = lines[0]!.slice(0, lines[0]!.indexOf("著者:")).trimEnd();

  it("has the clutter this test is about", () => {
    expect(lines[1]).toMatch(/^>>:/);
    expect(lines.slice(2).filter((l) => l.trim() !== "").every((l) => l.endsWith("..."))).toBe(true);
  });

  it("counts 7,7,4 as it comes, cleaned by hand, and with clutter kept", () => {
    expect(counts(seed)).toEqual([7, 7, 4]);
    expect(counts(article)).toEqual([7, 7, 4]);
    expect(counts(article + "\n")).toEqual([7, 7, 4]);
  });

  it("does not count concept terms placed in teaser and navigation lines", () => {
    const teasers = [
      ">>: 規模の経済とネットワーク効果の関係 | 範囲の経済とは何か",
      "規模の経済が働く業界と働かない業界の違いとは？ネットワーク効果を...",
      "スコープ効果で読み解くコングロマリット再評価の動きと、その限界…",
    ];
    const page = `${seed.trimEnd()}\n${teasers.join("\n")}\n`;
    expect(counts(page)).toEqual([7, 7, 4]);
    // The same lines are counted when cleaning is off: the test can tell the difference.
    expect(counts(page, false)).not.toEqual([7, 7, 4]);
  });

  it("keeps an article line that ends in an ellipsis when it is not in the page's closing block", () => {
    const text = "規模の経済が働くのか…\n\n本文はここから続き、ネットワーク効果も論じる。\n";
    expect(counts(text)).toEqual([1, 1, 0]);
  });
});

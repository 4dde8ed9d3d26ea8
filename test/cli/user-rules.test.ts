import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ROOT, runKouka } from "./run-kouka.js";

// A user's dictionary with rules and wildcards, counted through the real tokenizer.
vi.setConfig({ testTimeout: 180_000 });

const FIXTURES = path.join(ROOT, "test", "fixtures", "user-rules");
const DICT = path.join(FIXTURES, "rules.yaml");
const DOC = path.join(FIXTURES, "doc.txt");

describe("context rules and wildcards end to end", () => {
  it("counts only the mentions whose rule holds", () => {
    const r = runKouka(["mentions", "--no-default-dict", "-d", DICT, DOC], { cwd: ROOT });
    expect(r.stderr).toBe("");
    const rows = r.stdout.trim().split("\n").slice(1).map((l) => l.split(",").slice(1, 6).join(","));
    expect(rows).toEqual([
      // near 持続 holds; the second 競争優位 has no 持続 and the third is a film title (seq 映画…題名)
      "1,5,advantage,競争優位,競争優位",
      // seq 市場 … 支配 within one token; the second プラットフォーム has neither
      "2,1,platform,プラットフォーム,プラットフォーム",
      // *戦略: the head of a compound and the word alone
      "3,1,strategy,戦略,経営戦略",
      "3,6,strategy,戦略,戦略",
      // 優位*: a prefix on the token 優位 of 優位性
      "3,9,advantage,優位*,優位",
    ]);
  });

  it("a rule error stops the run before any output, as file:line", () => {
    const r = runKouka(["analyze", "--no-default-dict", "-d", path.join(FIXTURES, "bad-rule.yaml"), DOC], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("bad-rule.yaml:7: seq needs at least two words");
  });

  it("the default dictionary's own not_near sense condition turns スコープ効果 off in code", () => {
    const code = "JavaScript の関数と変数のスコープ効果を説明する。\n";
    const prose = "多角化による事業のスコープ効果を狙う。\n";
    const scope = (text: string): string => runKouka(["analyze", "-"], { input: text }).stdout.trim().split("\n")[1]!.split(",").at(-1)!;
    expect(scope(prose)).toBe("1");
    expect(scope(code)).toBe("0");
  });
});

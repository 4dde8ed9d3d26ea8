import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGrammar } from "../../src/grammar/load-grammar.js";
import { matchesPos } from "../../src/grammar/pos-pattern.js";

const REAL = readFileSync(new URL("../../dictionaries/grammar.yaml", import.meta.url), "utf8");

const SMALL = `compound:
  noun:
    - 名詞,一般
  suffix:
    - 名詞,接尾,一般
  prefix:
    - 接頭詞,名詞接続
  adjectival:
    - 名詞,接尾,形容動詞語幹
  stop_words:
    - こと
coordination:
  conjunctions:
    - と
    - ＆
    - AND
  links:
    - Of
`;

const pos = (p: string, d1 = "*", d2 = "*") => ({ pos: p, posDetail1: d1, posDetail2: d2, posDetail3: "*" });

describe("parseGrammar: edges", () => {
  it("reads the shipped keep, break and fuse lists", () => {
    const { grammar } = parseGrammar(REAL, "grammar.yaml");
    for (const w of ["重視", "狙い", "型", "追求"]) expect(grammar!.keepAfter.has(w)).toBe(true);
    for (const w of ["圏", "指標", "学", "的"]) expect(grammar!.breakAfter.has(w)).toBe(true);
    expect(matchesPos(pos("名詞", "接尾", "助数詞"), grammar!.fuseBefore)).toBe(true);
    expect(matchesPos(pos("名詞", "数"), grammar!.fuseBefore)).toBe(true);
    expect(matchesPos(pos("名詞", "一般"), grammar!.fuseBefore)).toBe(false);
  });

  it("leaves the edge lists empty when a grammar has no edges", () => {
    const { grammar, problems } = parseGrammar(SMALL, "small.yaml");
    expect(problems).toEqual([]);
    expect([grammar!.keepAfter.size, grammar!.breakAfter.size, grammar!.fuseBefore.length]).toEqual([0, 0, 0]);
  });

  it("reports an unknown edges key and a bad fuse pattern at their lines", () => {
    const source = `${SMALL}edges:\n  keep_before:\n    - 型\n  fuse_before:\n    - "名詞, 数 ,x y"\n`;
    const { problems } = parseGrammar(source, "g.yaml");
    const lines = SMALL.split("\n").length;
    expect(problems.map((p) => [p.line - lines, p.message])).toEqual([
      [1, "unknown key 'keep_before' in edges (expected keep_after, break_after, fuse_before)"],
      [4, "'名詞, 数 ,x y' is not a POS pattern like 名詞,接尾"],
    ]);
  });
});

describe("parseGrammar", () => {
  it("reads the shipped grammar without problems", () => {
    const { grammar, problems } = parseGrammar(REAL, "grammar.yaml");
    expect(problems).toEqual([]);
    expect(grammar!.conjunctions.has("と")).toBe(true);
    expect(grammar!.conjunctions.has("・")).toBe(true);
    expect(grammar!.conjunctions.has("and")).toBe(true);
    expect(grammar!.links.has("of")).toBe(true);
    expect(matchesPos(pos("名詞", "接尾", "形容動詞語幹"), grammar!.adjectival)).toBe(true);
    expect(matchesPos(pos("名詞", "接尾", "形容動詞語幹"), grammar!.suffix)).toBe(false);
    expect(matchesPos(pos("接頭詞", "名詞接続"), grammar!.prefix)).toBe(true);
  });

  it("reads each list, NFKC-normalising and case-folding conjunctions and links", () => {
    const { grammar, problems } = parseGrammar(SMALL, "g.yaml");
    expect(problems).toEqual([]);
    expect(grammar!.noun).toEqual([["名詞", "一般"]]);
    expect(grammar!.suffix).toEqual([["名詞", "接尾", "一般"]]);
    expect(grammar!.prefix).toEqual([["接頭詞", "名詞接続"]]);
    expect(grammar!.adjectival).toEqual([["名詞", "接尾", "形容動詞語幹"]]);
    expect([...grammar!.stopWords]).toEqual(["こと"]);
    expect([...grammar!.conjunctions]).toEqual(["と", "&", "and"]);
    expect([...grammar!.links]).toEqual(["of"]);
  });

  it("reports a bad POS pattern at its line", () => {
    const { grammar, problems } = parseGrammar(SMALL.replace("- 名詞,接尾,一般", "- 名詞 接尾"), "g.yaml");
    expect(grammar).toBeUndefined();
    expect(problems).toEqual([{ file: "g.yaml", line: 5, message: expect.stringContaining("'名詞 接尾' is not a POS pattern") }]);
  });

  it("reports an unknown key at its line", () => {
    const { problems } = parseGrammar(SMALL.replace("  stop_words:", "  stopwords:"), "g.yaml");
    expect(problems.map((p) => p.line)).toContain(10);
    expect(problems.some((p) => p.message.includes("unknown key 'stopwords'"))).toBe(true);
  });

  it("reports bad YAML", () => {
    const { grammar, problems } = parseGrammar("compound:\n  noun: [名詞\n", "g.yaml");
    expect(grammar).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.file).toBe("g.yaml");
  });
});

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

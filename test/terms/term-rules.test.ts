import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTermLists, parseTermRules } from "../../src/terms/term-rules.js";
import { withLists } from "../../src/terms/with-lists.js";

const SHIPPED = path.resolve(import.meta.dirname, "../../dictionaries/terms.yaml");

describe("parseTermRules", () => {
  it("accepts the shipped dictionaries/terms.yaml", () => {
    const { rules, problems } = parseTermRules(readFileSync(SHIPPED, "utf8"), SHIPPED);
    expect(problems).toEqual([]);
    expect(rules!.minChars).toBe(2);
    expect(rules!.stop.has("本記事")).toBe(true);
    expect(rules!.keep.has("株")).toBe(true);
    expect(rules!.notAlone).toContainEqual(["名詞", "形容動詞語幹"]);
    expect(rules!.adjectivalAfter).toContainEqual({ pos: ["助動詞"], surface: "な" });
    expect(rules!.deicticFirst).toContainEqual({ pos: ["接頭詞"], surface: "本" });
    expect(rules!.rejectText.map(String)).toContain("/^[a-z]+$/u");
  });

  it("reports every problem with file:line", () => {
    const source = [
      "shape:", //                      1
      "  min_chars: zero", //           2
      "  not_alone:", //                3
      "    - 名詞 一般", //              4
      "  adjectival_after:", //         5
      "    - 助動詞", //                 6
      "  reject_text:", //              7
      "    - '['", //                    8
      "  colour: red", //               9
      "stop: 本記事", //                 10
      "keep: []", //                    11
    ].join("\n");
    const { rules, problems } = parseTermRules(source, "terms.yaml");
    expect(rules).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual(
      ["terms.yaml:2", "terms.yaml:4", "terms.yaml:6", "terms.yaml:8", "terms.yaml:9", "terms.yaml:10"].sort(),
    );
    const byLine = new Map(problems.map((p) => [p.line, p.message]));
    expect(byLine.get(2)).toMatch(/min_chars/);
    expect(byLine.get(4)).toMatch(/POS pattern/);
    expect(byLine.get(6)).toMatch(/POS:surface/);
    expect(byLine.get(8)).toMatch(/regular expression/);
    expect(byLine.get(9)).toMatch(/unknown key 'colour'/);
    expect(byLine.get(10)).toMatch(/must be a list/);
  });

  it("reports YAML syntax errors with their line", () => {
    const { problems } = parseTermRules("shape:\n  min_chars: [1\n", "terms.yaml");
    expect(problems[0]!.file).toBe("terms.yaml");
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe("parseTermLists (--term-list)", () => {
  it("reads stop and keep lists, NFKC-normalised, and adds them to the defaults", () => {
    const base = parseTermRules(readFileSync(SHIPPED, "utf8"), SHIPPED).rules!;
    const { lists, problems } = parseTermLists("stop: [ＤＸ推進]\nkeep:\n  - 独自\n", "mine.yaml");
    expect(problems).toEqual([]);
    const rules = withLists(base, [lists!]);
    expect(rules.stop.has("DX推進")).toBe(true);
    expect(rules.keep.has("独自")).toBe(true);
    expect(rules.stop.has("本記事")).toBe(true);
  });

  it("accepts only stop and keep, with file:line for anything else", () => {
    const { lists, problems } = parseTermLists("stop: [a]\nshape:\n  min_chars: 3\nkeep:\n  - 1\n", "mine.yaml");
    expect(lists).toBeUndefined();
    expect(problems.map((p) => [p.line, p.message.slice(0, 20)])).toEqual([
      [2, "unknown key 'shape' "],
      [5, "each entry of keep m"],
    ]);
  });
});

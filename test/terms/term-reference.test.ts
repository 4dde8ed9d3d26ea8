import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseTermReference, referenceProportion } from "../../src/terms/term-reference.js";

const SHIPPED = path.resolve(import.meta.dirname, "../../dictionaries/reference.yaml");

describe("parseTermReference", () => {
  it("reads the default rate and quoted word lines, comments skipped, NFKC-normalised", () => {
    const { reference, problems } = parseTermReference('# about\ndefault_per_million: 1\nper_million:\n  "企業": 50\n  # a comment\n  "ＡＩ": 20\n', "ref.yaml");
    expect(problems).toEqual([]);
    expect(reference!.defaultPerMillion).toBe(1);
    expect([...reference!.perMillion]).toEqual([
      ["企業", 50],
      ["AI", 20],
    ]);
  });

  it("reports each bad line with its number", () => {
    const source = ["default_per_million: 1", "per_million:", "  企業: 50", '  "市場": -3', '  "会社": 5', '  "会社": 6', "default_per_million: 2", "extra: 1"].join("\n");
    const { reference, problems } = parseTermReference(source, "ref.yaml");
    expect(reference).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["ref.yaml:3", "ref.yaml:4", "ref.yaml:6", "ref.yaml:7", "ref.yaml:8"]);
    expect(problems[0]!.message).toMatch(/"WORD": N/);
    expect(problems[1]!.message).toMatch(/above 0/);
    expect(problems[2]!.message).toMatch(/listed twice/);
    expect(problems[3]!.message).toMatch(/given twice/);
  });

  it("needs a default rate, and words only under per_million", () => {
    expect(parseTermReference('per_million:\n  "企業": 50\n', "ref.yaml").problems[0]!.message).toMatch(/no default rate/);
    expect(parseTermReference('default_per_million: 1\n  "企業": 50\n', "ref.yaml").problems.map((p) => p.line)).toEqual([2]);
  });

  it("accepts the shipped reference, which is also plain YAML saying the same", () => {
    const source = readFileSync(SHIPPED, "utf8");
    const { reference, problems } = parseTermReference(source, SHIPPED);
    expect(problems).toEqual([]);
    const asYaml = parseYaml(source) as { default_per_million: number; per_million: Record<string, number> };
    expect(reference!.defaultPerMillion).toBe(asYaml.default_per_million);
    expect(reference!.perMillion.size).toBe(Object.keys(asYaml.per_million).length);
  });

  it("lists common generic nouns in the shipped reference, and not specific ones", () => {
    const { reference } = parseTermReference(readFileSync(SHIPPED, "utf8"), SHIPPED);
    for (const common of ["企業", "データ", "規模", "コスト", "市場", "ビジネス", "サービス", "提供", "会社", "情報", "価値"]) {
      expect(reference!.perMillion.get(common), common).toBeGreaterThan(reference!.defaultPerMillion);
    }
    for (const specific of ["スイッチング", "スイッチングコスト", "コスト優位性", "価格プレミアム"]) {
      expect(reference!.perMillion.has(specific), specific).toBe(false);
    }
  });
});

describe("referenceProportion", () => {
  const reference = { perMillion: new Map([["価格", 50], ["プレミアム", 50]]), defaultPerMillion: 1 };

  it("is a listed word's rate, a compound's product of its parts' rates, or the default", () => {
    expect(referenceProportion("価格", ["価格"], reference)).toBeCloseTo(50e-6, 15);
    expect(referenceProportion("価格プレミアム", ["価格", "プレミアム"], reference)).toBeCloseTo(2.5e-9, 20);
    expect(referenceProportion("スイッチングコスト", ["スイッチング", "コスト"], reference)).toBeCloseTo(1e-12, 25);
    expect(referenceProportion("ChatGPT", [], reference)).toBeCloseTo(1e-6, 15);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTermReference, referenceProportion } from "../../src/terms/term-reference.js";

const SHIPPED = path.resolve(import.meta.dirname, "../../dictionaries/term-reference.tsv");

describe("parseTermReference", () => {
  it("reads WORD<TAB>rate lines, comments and the default rate, NFKC-normalised", () => {
    const { reference, problems } = parseTermReference("# about\n*\t1\n企業\t50\nＡＩ\t20\n", "ref.tsv");
    expect(problems).toEqual([]);
    expect(reference!.defaultPerMillion).toBe(1);
    expect([...reference!.perMillion]).toEqual([
      ["企業", 50],
      ["AI", 20],
    ]);
  });

  it("reports each bad line with its number", () => {
    const { reference, problems } = parseTermReference("*\t1\n企業 50\n市場\t-3\n市場\t5\n*\t2\n会社\t5\n会社\t6\n", "ref.tsv");
    expect(reference).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["ref.tsv:2", "ref.tsv:3", "ref.tsv:5", "ref.tsv:7"]);
    expect(problems[0]!.message).toMatch(/WORD<TAB>rate/);
    expect(problems[1]!.message).toMatch(/above 0/);
    expect(problems[3]!.message).toMatch(/listed twice/);
  });

  it("needs a default rate", () => {
    expect(parseTermReference("企業\t50\n", "ref.tsv").problems[0]!.message).toMatch(/no default rate/);
  });

  it("accepts the shipped reference, where common generic nouns are listed and specific ones are not", () => {
    const { reference, problems } = parseTermReference(readFileSync(SHIPPED, "utf8"), SHIPPED);
    expect(problems).toEqual([]);
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

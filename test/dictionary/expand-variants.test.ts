import { describe, expect, it } from "vitest";
import { expandVariants } from "../../src/dictionary/expand-variants.js";

function variants(pattern: string): string[] {
  const result = expandVariants(pattern);
  if ("error" in result) throw new Error(result.error);
  return [...result.variants].sort();
}

function error(pattern: string): string {
  const result = expandVariants(pattern);
  if (!("error" in result)) throw new Error(`expected an error for ${pattern}, got ${result.variants.join(",")}`);
  return result.error;
}

describe("expandVariants", () => {
  it("joins katakana components directly or with a middle dot", () => {
    expect(variants("スケール+{メリット|エコノミー}")).toEqual(["スケールエコノミー", "スケールメリット", "スケール・エコノミー", "スケール・メリット"].sort());
    expect(variants("ネットワーク+エフェクト[ス]")).toEqual(["ネットワークエフェクト", "ネットワークエフェクトス", "ネットワーク・エフェクト", "ネットワーク・エフェクトス"].sort());
  });

  it("joins English words with a space or a hyphen, in every joint", () => {
    expect(variants("economies+of+scale")).toEqual(
      ["economies of scale", "economies of-scale", "economies-of scale", "economies-of-scale"].sort(),
    );
    expect(variants("network+{effect|externality}")).toEqual(["network effect", "network externality", "network-effect", "network-externality"].sort());
  });

  it("runs other components together, optional parts included", () => {
    expect(variants("規模+[の]+経済[性]")).toEqual(["規模の経済", "規模の経済性", "規模経済", "規模経済性"].sort());
    // Katakana next to kanji takes no middle dot.
    expect(variants("スケール+効果")).toEqual(["スケール効果"]);
  });

  it("leaves plain text as one spelling", () => {
    expect(variants("ネットワーク効果")).toEqual(["ネットワーク効果"]);
  });

  it("chooses one alternative of {a|b}", () => {
    expect(variants("スケール{メリット|効果}")).toEqual(["スケールメリット", "スケール効果"]);
  });

  it("makes [x] optional", () => {
    expect(variants("規模[の]経済[性]")).toEqual(["規模の経済", "規模の経済性", "規模経済", "規模経済性"].sort());
  });

  it("nests groups in both directions", () => {
    expect(variants("{直接|間接[的]}効果")).toEqual(["直接効果", "間接効果", "間接的効果"].sort());
    expect(variants("規模[の{効果|メリット}]")).toEqual(["規模", "規模の効果", "規模のメリット"].sort());
    expect(variants("{{a|b}|c}")).toEqual(["a", "b", "c"]);
  });

  it("multiplies groups in sequence and keeps inner spaces", () => {
    expect(variants("economies of {scale|scope}")).toEqual(["economies of scale", "economies of scope"]);
    expect(variants("{a|b}{c|d}")).toEqual(["ac", "ad", "bc", "bd"]);
  });

  it("drops duplicates and an empty alternative", () => {
    expect(variants("{x|x}")).toEqual(["x"]);
    expect(variants("x{}")).toEqual(["x"]);
  });

  it("reports unbalanced brackets with what is wrong", () => {
    expect(error("規模{の|")).toMatch(/missing '}'/);
    expect(error("[規模")).toMatch(/missing '\]'/);
    expect(error("規模]")).toMatch(/unexpected '\]' at character 3/);
    expect(error("規模}")).toMatch(/unexpected '}' at character 3/);
    expect(error("a|b")).toMatch(/unexpected '\|' at character 2/);
    expect(error("{a]")).toMatch(/'\]'|'}'/);
  });

  it("names the pattern in the error", () => {
    expect(error("規模{の|")).toContain("規模{の|");
  });

  it("rejects a term that is empty or only optional", () => {
    expect(error("")).toMatch(/empty/);
    expect(error("  ")).toMatch(/empty/);
    expect(error("[]")).toMatch(/empty/);
  });

  it("refuses a pattern that explodes into more than 1000 spellings", () => {
    expect(error("{a|b}".repeat(10))).toMatch(/1000/);
    expect(variants("{a|b}".repeat(9))).toHaveLength(512);
  });
});

import { describe, expect, it } from "vitest";
import { countTerms } from "../../src/terms/term-table.js";
import { compound } from "./make-compound.js";

describe("countTerms", () => {
  it("counts standalone occurrences and documents per text", () => {
    const terms = countTerms([
      [compound("市場"), compound("市場"), compound("価格")],
      [compound("市場")],
    ]);
    expect(terms.get("市場")).toEqual({ text: "市場", parts: ["市場"], frequency: 3, documents: 2 });
    expect(terms.get("価格")).toEqual({ text: "価格", parts: ["価格"], frequency: 1, documents: 1 });
  });

  it("picks the most frequent segmentation of a text, ties by code point, whatever the order", () => {
    const a = compound("補助金戦争", ["補助", "金", "戦争"]);
    const b = compound("補助金戦争", ["補助金", "戦争"]);
    expect(countTerms([[a, b, b]]).get("補助金戦争")?.parts).toEqual(["補助金", "戦争"]);
    expect(countTerms([[b, a, a]]).get("補助金戦争")?.parts).toEqual(["補助", "金", "戦争"]);
    // One each: "補助\0…" sorts before "補助金\0…" because U+0000 < 金.
    expect(countTerms([[a, b]]).get("補助金戦争")?.parts).toEqual(["補助", "金", "戦争"]);
    expect(countTerms([[b, a]]).get("補助金戦争")?.parts).toEqual(["補助", "金", "戦争"]);
  });
});

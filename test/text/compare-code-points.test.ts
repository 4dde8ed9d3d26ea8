import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../../src/text/compare-code-points.js";

describe("compareCodePoints", () => {
  it("orders by code point where UTF-16 code units disagree", () => {
    // 𠮷 is U+20BB7 (a surrogate pair, code unit 0xD842); Ｆ is U+FF26.
    // By code unit 𠮷 < Ｆ; by code point Ｆ < 𠮷.
    expect("𠮷" < "Ｆ").toBe(true);
    expect(Math.sign(compareCodePoints("Ｆ", "𠮷"))).toBe(-1);
    expect(["𠮷", "Ｆ", "A", "価格", "ネット"].sort(compareCodePoints)).toEqual(["A", "ネット", "価格", "Ｆ", "𠮷"]);
  });

  it("puts a prefix first and equal strings at 0", () => {
    expect(Math.sign(compareCodePoints("補助金", "補助金戦争"))).toBe(-1);
    expect(compareCodePoints("戦争", "戦争")).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { scoreCValue } from "../../src/terms/score-cvalue.js";
import { compound, subsidyCorpus } from "./make-compound.js";

/*
 * Hand computation on subsidyCorpus() (see make-compound.ts), w(n) = log2(n + 1).
 *
 * Candidates contained (as a contiguous run of parts) in longer candidates:
 *   EV補助金戦争 ⊃ 補助金, 戦争, 補助金戦争      (EV補助金 is not a candidate)
 *   補助金戦争   ⊃ 補助金, 戦争
 *   価格戦争     ⊃ 戦争                       (価格 is not a candidate)
 *   ネットワーク効果 ⊃ ネットワーク              (効果 is not a candidate)
 *
 * f = standalone + occurrences inside longer units:
 *   EV補助金戦争 1; 補助金戦争 2+1 = 3; 価格戦争 1; ネットワーク効果 1;
 *   補助金 1+2+1 = 4; 戦争 1+2+1+1 = 5; ネットワーク 2+1 = 3.
 *
 *   term           |a| w      f  Ta (f)                          C
 *   EV補助金戦争     3   2      1  —                               2·1 = 2
 *   補助金戦争       2   1.585  3  EV補助金戦争(1)                  1.585·(3 − 1/1) = 3.1699
 *   価格戦争         2   1.585  1  —                               1.5850
 *   ネットワーク効果  2   1.585  1  —                               1.5850
 *   補助金           1   1      4  補助金戦争(3), EV補助金戦争(1)    4 − 4/2 = 2
 *   戦争             1   1      5  補助金戦争(3), EV…(1), 価格戦争(1) 5 − 5/3 = 3.3333
 *   ネットワーク      1   1      3  ネットワーク効果(1)              3 − 1/1 = 2
 */
describe("scoreCValue", () => {
  it("matches the hand-computed C-values", () => {
    const scores = scoreCValue(subsidyCorpus());
    const expected: Record<string, number> = {
      EV補助金戦争: 2,
      補助金戦争: 3.1699,
      価格戦争: 1.585,
      ネットワーク効果: 1.585,
      補助金: 2,
      戦争: 3.3333,
      ネットワーク: 2,
    };
    expect(scores.size).toBe(7);
    for (const [term, value] of Object.entries(expected)) {
      expect(scores.get(term), term).toBeCloseTo(value, 4);
    }
  });

  it("scores single-noun terms above zero (log2(|a| + 1), not log2 |a|)", () => {
    // 市場 ×2, never nested: w(1) = log2 2 = 1, C = 1 · 2. With log2 1 it would be 0.
    const scores = scoreCValue([[compound("市場"), compound("市場")]]);
    expect(scores.get("市場")).toBe(2);
  });

  it("nests by whole nouns, not by characters", () => {
    // 金戦 occurs inside the characters of 補助金戦争 but is no run of its parts.
    const scores = scoreCValue([[compound("補助金戦争", ["補助金", "戦争"]), compound("金戦")]]);
    expect(scores.get("金戦")).toBe(1);
  });

  it("never goes negative when a term only occurs nested plus once alone", () => {
    const corpus = [
      [compound("規模", ["規模"])],
      [compound("規模拡大", ["規模", "拡大"]), compound("規模拡大", ["規模", "拡大"])],
    ];
    // 規模: f = 1 + 2 = 3, Ta = {規模拡大 (2)}, C = 1 · (3 − 2) = 1.
    expect(scoreCValue(corpus).get("規模")).toBe(1);
  });
});

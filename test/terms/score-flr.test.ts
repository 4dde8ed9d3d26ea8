import { describe, expect, it } from "vitest";
import { countAdjacency, scoreFlr } from "../../src/terms/score-flr.js";
import { compound, subsidyCorpus } from "./make-compound.js";

/*
 * Hand computation on subsidyCorpus() (see make-compound.ts).
 *
 * Adjacent pairs, every occurrence counted (延べ数):
 *   補助金戦争 ×2 → (補助金,戦争) ×2
 *   EV補助金戦争 ×1 → (EV,補助金), (補助金,戦争)
 *   価格戦争 ×1 → (価格,戦争)
 *   ネットワーク効果 ×1 → (ネットワーク,効果)
 *   single-noun units add nothing.
 *
 *   noun          FL  FR  (FL+1)(FR+1)
 *   補助金          1   3   2·4 = 8
 *   戦争            4   0   5·1 = 5
 *   EV             0   1   1·2 = 2
 *   価格            0   1   2
 *   ネットワーク     0   1   2
 *   効果            1   0   2
 *
 *   term            f   LR                      FLR = f·LR
 *   補助金戦争        2   (8·5)^(1/4)   = 2.51487  5.0297
 *   ネットワーク      2   2^(1/2)       = 1.41421  2.8284
 *   補助金           1   8^(1/2)       = 2.82843  2.8284
 *   戦争             1   5^(1/2)       = 2.23607  2.2361
 *   EV補助金戦争      1   (2·8·5)^(1/6) = 2.07578  2.0758
 *   価格戦争          1   (2·5)^(1/4)   = 1.77828  1.7783
 *   ネットワーク効果   1   (2·2)^(1/4)   = 1.41421  1.4142
 */
describe("countAdjacency", () => {
  it("counts every occurrence of an adjacent pair (TermExtract's 延べ数)", () => {
    const adjacency = countAdjacency(subsidyCorpus());
    expect(Object.fromEntries(adjacency)).toEqual({
      補助金: { left: 1, right: 3 },
      戦争: { left: 4, right: 0 },
      EV: { left: 0, right: 1 },
      価格: { left: 0, right: 1 },
      ネットワーク: { left: 0, right: 1 },
      効果: { left: 1, right: 0 },
    });
  });
});

describe("scoreFlr", () => {
  it("matches the hand-computed FLR values", () => {
    const scores = scoreFlr(subsidyCorpus());
    const expected: Record<string, number> = {
      補助金戦争: 5.0297,
      ネットワーク: 2.8284,
      補助金: 2.8284,
      戦争: 2.2361,
      EV補助金戦争: 2.0758,
      価格戦争: 1.7783,
      ネットワーク効果: 1.4142,
    };
    expect(scores.size).toBe(7);
    for (const [term, value] of Object.entries(expected)) {
      expect(scores.get(term), term).toBeCloseTo(value, 4);
    }
  });

  it("gives a noun never adjacent to another LR = 1, so FLR = its frequency", () => {
    // 市場 ×3, alone: (0+1)(0+1) = 1, sqrt(1) = 1, FLR = 3 · 1.
    const scores = scoreFlr([[compound("市場"), compound("市場")], [compound("市場")]]);
    expect(scores.get("市場")).toBe(3);
  });

  it("treats a unit without parts as one noun", () => {
    const scores = scoreFlr([[compound("市場", [])]]);
    expect(scores.get("市場")).toBe(1);
  });
});

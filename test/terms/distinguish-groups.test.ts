import { describe, expect, it } from "vitest";
import { distinguishGroups, type GroupTermCounts } from "../../src/terms/distinguish-groups.js";

/*
 * Group A: 1000 units — 補助金戦争 8, 市場 10, 配車アプリ 2
 * Group B: 3000 units — 市場 30, クラウド 12, 配車アプリ 1
 *
 * A against the rest (B): a, b, c = 1000, d = 3000; E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d)
 *   補助金戦争  8, 0:  E1 = 2,    G² = 2·8 ln(8/2) = 22.1807        log2((8000+1)/(0+1))    = 12.9660
 *   配車アプリ  2, 1:  E1 = 0.75, E2 = 2.25, G² = 2(2 ln(2/0.75) + ln(1/2.25)) = 2.3015, not significant
 *                                                                    log2((2000+1)/(333.3+1)) = 2.5814
 *   市場       10, 30: the same rate (10 000 per million) on both sides: not listed
 * B against A:
 *   クラウド   12, 0:  E1 = 9,    G² = 2·12 ln(12/9) = 6.9044         log2((4000+1)/1)        = 11.9661
 *   配車アプリ, 市場: not more frequent in B: not listed
 */
const groups: GroupTermCounts[] = [
  {
    group: "A",
    frequencies: new Map([
      ["補助金戦争", 8],
      ["市場", 10],
      ["配車アプリ", 2],
    ]),
    documents: new Map([["補助金戦争", 2]]),
    total: 1000,
  },
  {
    group: "B",
    frequencies: new Map([
      ["市場", 30],
      ["クラウド", 12],
      ["配車アプリ", 1],
    ]),
    total: 3000,
  },
];

describe("distinguishGroups", () => {
  it("lists each group's terms against the rest with hand-computed G² and log ratio", () => {
    expect(distinguishGroups(groups)).toEqual([
      { group: "A", rank: 1, term: "補助金戦争", score: 12.966, g2: 22.1807, frequency: 8, documents: 2, rest: 0 },
      { group: "A", rank: 2, term: "配車アプリ", score: 2.5814, g2: 2.3015, frequency: 2, documents: 0, rest: 1 },
      { group: "B", rank: 1, term: "クラウド", score: 11.9661, g2: 6.9044, frequency: 12, documents: 0, rest: 0 },
    ]);
  });

  it("puts significant terms before others whatever their ratio", () => {
    const skewed: GroupTermCounts[] = [
      { group: "A", frequencies: new Map([["希少語", 1], ["頻出語", 40]]), total: 1000 },
      { group: "B", frequencies: new Map([["頻出語", 10]]), total: 1000 },
    ];
    // 希少語: ratio log2(1001/1) ≈ 9.97 but G² = 2 ln 2 ≈ 1.39; 頻出語: ratio ≈ 1.97, G² ≈ 19.3.
    expect(distinguishGroups(skewed).map((r) => r.term)).toEqual(["頻出語", "希少語"]);
  });

  it("gives the same rows for groups summed from shards", () => {
    const half = (g: GroupTermCounts): GroupTermCounts => ({ ...g, frequencies: new Map([...g.frequencies].map(([t, f]) => [t, f / 2])), total: g.total / 2 });
    const whole = distinguishGroups(groups).map((r) => [r.group, r.term, r.score]);
    const summed = groups.map(half).map((g) => ({ ...g, frequencies: new Map([...g.frequencies].map(([t, f]) => [t, f * 2])), total: g.total * 2 }));
    expect(distinguishGroups(summed).map((r) => [r.group, r.term, r.score])).toEqual(whole);
  });

  it("honours top and minFrequency", () => {
    expect(distinguishGroups(groups, { top: 1 }).map((r) => r.term)).toEqual(["補助金戦争", "クラウド"]);
    expect(distinguishGroups(groups, { minFrequency: 3 }).map((r) => r.term)).toEqual(["補助金戦争", "クラウド"]);
    expect(() => distinguishGroups(groups, { top: -1 })).toThrow(RangeError);
  });
});

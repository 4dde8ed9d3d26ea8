import { describe, expect, it } from "vitest";
import type { TermStats } from "../../src/terms/count-terms.js";
import { scoreKeyness } from "../../src/terms/score-keyness.js";
import type { TermReference } from "../../src/terms/term-reference.js";

/*
 * Known numbers. Reference: 価格, プレミアム, 企業 at 50 per million, anything else 1.
 * Target: 10000 noun units.
 *
 *   term            f   p (per one)          E = c·p    G² = 2(f ln(f/E) − (f − E))   log2((f/c·10⁶ + 1)/(p·10⁶ + 1))
 *   企業            10  50e-6                0.5        40.9146  key                  log2(1001/51)      = 4.2948
 *   価格プレミアム   2   50e-6 · 50e-6        2.5e-5     41.1592  key                  log2(201/1.0025)   = 7.6474
 *   価格             1   50e-6                0.5         0.3863  not key              log2(101/51)       = 0.9858
 *   スイッチング     1   1e-6 (not listed)    0.01        7.2303  key                  log2(101/2)        = 5.6582
 *
 * The generic word is the most significant, but the compound is the most distinctive:
 * ranking by the ratio puts 価格プレミアム first and 企業 after スイッチング.
 */
const reference: TermReference = {
  perMillion: new Map([
    ["価格", 50],
    ["プレミアム", 50],
    ["企業", 50],
  ]),
  defaultPerMillion: 1,
};
const stats = (text: string, frequency: number, parts: string[] = [text]): TermStats => ({ text, parts, frequency, documents: 1 });
const terms = [stats("企業", 10), stats("価格プレミアム", 2, ["価格", "プレミアム"]), stats("価格", 1), stats("スイッチング", 1)];

describe("scoreKeyness", () => {
  const scores = scoreKeyness(terms, 10000, reference);
  const rounded = (text: string): [number, number, boolean] => {
    const k = scores.get(text)!;
    return [Number(k.g2.toFixed(4)), Number(k.ratio.toFixed(4)), k.key];
  };

  it("computes G², the ratio and significance as by hand", () => {
    expect(rounded("企業")).toEqual([40.9146, 4.2948, true]);
    expect(rounded("価格プレミアム")).toEqual([41.1592, 7.6474, true]);
    expect(rounded("価格")).toEqual([0.3863, 0.9858, false]);
    expect(rounded("スイッチング")).toEqual([7.2303, 5.6582, true]);
  });

  it("calls a word general when the reference rates it above an unlisted word", () => {
    expect([...scores].filter(([, k]) => k.general).map(([text]) => text)).toEqual(["企業", "価格"]);
  });

  it("uses a compound's own rate when the reference lists it", () => {
    const listed: TermReference = { ...reference, perMillion: new Map([...reference.perMillion, ["価格プレミアム", 50]]) };
    expect(scoreKeyness([terms[1]!], 10000, listed).get("価格プレミアム")!.ratio).toBeCloseTo(Math.log2(201 / 51), 9);
  });

  it("depends only on summed counts: two shards added give the whole", () => {
    const whole = scoreKeyness([stats("企業", 10)], 10000, reference).get("企業")!;
    const summed = scoreKeyness([stats("企業", 4 + 6)], 3000 + 7000, reference).get("企業")!;
    expect(summed).toEqual(whole);
  });
});

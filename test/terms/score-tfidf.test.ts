import fc from "fast-check";
import { describe, expect, it } from "vitest";
import tfidfModule from "natural/lib/natural/tfidf/index.js";
import { scoreTfIdf } from "../../src/terms/score-tfidf.js";
import { compound } from "./make-compound.js";

/*
 * natural: idf(t) = 1 + ln(N / (1 + df(t))), score = max_d tf(t, d) · idf(t).
 *
 * N = 3 documents:
 *   d0: 補助金戦争 補助金戦争 価格戦争
 *   d1: 補助金戦争 ネットワーク効果
 *   d2: ネットワーク効果 プラットフォーム経済
 *
 *   term               df  idf                     max tf  score
 *   補助金戦争           2   1 + ln(3/3) = 1          2       2
 *   価格戦争             1   1 + ln(3/2) = 1.405465   1       1.4055
 *   ネットワーク効果      2   1                        1       1
 *   プラットフォーム経済   1   1.405465                 1       1.4055
 */
const corpus = [
  [compound("補助金戦争"), compound("補助金戦争"), compound("価格戦争")],
  [compound("補助金戦争"), compound("ネットワーク効果")],
  [compound("ネットワーク効果"), compound("プラットフォーム経済")],
];

describe("scoreTfIdf", () => {
  it("keeps Japanese terms and matches natural's formula", () => {
    const scores = scoreTfIdf(corpus);
    expect(Object.fromEntries([...scores].map(([term, value]) => [term, Number(value.toFixed(4))]))).toEqual({
      補助金戦争: 2,
      価格戦争: 1.4055,
      ネットワーク効果: 1,
      プラットフォーム経済: 1.4055,
    });
  });

  it("takes the max over documents, not the sum", () => {
    // Sum would give 補助金戦争 (2 + 1) · 1 = 3.
    expect(scoreTfIdf(corpus).get("補助金戦争")).toBe(2);
  });

  // natural (a devDependency, for this comparison only) computed these scores before.
  it("gives exactly natural's TfIdf scores (documents as arrays of terms, max over documents)", () => {
    const natural = (docs: string[][]): Map<string, number> => {
      const tfidf = new tfidfModule.TfIdf();
      for (const doc of docs) tfidf.addDocument(doc);
      const scores = new Map<string, number>();
      docs.forEach((doc, d) => {
        for (const term of new Set(doc)) scores.set(term, Math.max(scores.get(term) ?? -Infinity, tfidf.tfidf([term], d)));
      });
      return scores;
    };
    const term = fc.constantFrom("補助金戦争", "価格戦争", "ネットワーク効果", "規模", "AI", "ai", "constructor", "toString", "経済");
    fc.assert(
      fc.property(fc.array(fc.array(term, { maxLength: 12 }), { maxLength: 8 }), (docs) => {
        expect(scoreTfIdf(docs.map((doc) => doc.map((t) => compound(t))))).toEqual(natural(docs));
      }),
      { numRuns: 500 },
    );
  });

  it("handles terms named like Object.prototype members", () => {
    const scores = scoreTfIdf([[compound("constructor"), compound("toString")], [compound("市場")]]);
    // N = 2, df = 1: idf = 1 + ln(2/2) = 1.
    expect(scores.get("constructor")).toBe(1);
    expect(scores.get("toString")).toBe(1);
    expect(scores.get("市場")).toBe(1);
  });

  it("returns nothing for an empty corpus", () => {
    expect(scoreTfIdf([]).size).toBe(0);
    expect(scoreTfIdf([[]]).size).toBe(0);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Compound } from "../../src/compound/compound.js";
import { compareScoredTerms, roundScore } from "../../src/terms/order-terms.js";
import { rankTerms, rankTermsByDocument, type TermScoreName } from "../../src/terms/rank-terms.js";
import { compound, subsidyCorpus } from "./make-compound.js";

const row = (rank: number, term: string, score: number, frequency: number, documents: number, concept = "") => ({
  rank,
  term,
  score,
  frequency,
  documents,
  concept,
});

describe("rankTerms", () => {
  it("ranks by FLR (values from score-flr.test.ts), ties by frequency then code point", () => {
    // ネットワーク 2·√2 and 補助金 √8 are the same score: frequency 2 > 1 decides.
    expect(rankTerms(subsidyCorpus(), { score: "flr" })).toEqual([
      row(1, "補助金戦争", 5.0297, 2, 2),
      row(2, "ネットワーク", 2.8284, 2, 1),
      row(3, "補助金", 2.8284, 1, 1),
      row(4, "戦争", 2.2361, 1, 1),
      row(5, "EV補助金戦争", 2.0758, 1, 1),
      row(6, "価格戦争", 1.7783, 1, 1),
      row(7, "ネットワーク効果", 1.4142, 1, 1),
    ]);
  });

  it("ranks by C-value (values from score-cvalue.test.ts)", () => {
    // Three-way tie at 2: ネットワーク (f 2) first; then EV… before 補助金 ("E" < "補").
    // Tie at 1.585, both f 1: ネ (U+30CD) before 価 (U+4FA1).
    expect(rankTerms(subsidyCorpus(), { score: "cvalue" })).toEqual([
      row(1, "戦争", 3.3333, 1, 1),
      row(2, "補助金戦争", 3.1699, 2, 2),
      row(3, "ネットワーク", 2, 2, 1),
      row(4, "EV補助金戦争", 2, 1, 1),
      row(5, "補助金", 2, 1, 1),
      row(6, "ネットワーク効果", 1.585, 1, 1),
      row(7, "価格戦争", 1.585, 1, 1),
    ]);
  });

  it("ranks by TF-IDF", () => {
    // N = 2. 補助金戦争 df 2: idf 1 + ln(2/3) = 0.5945, max tf 1 → 0.5945.
    // ネットワーク df 1: idf 1 + ln(2/2) = 1, tf 2 in doc 1 → 2. Other terms: 1.
    const rows = rankTerms(subsidyCorpus(), { score: "tfidf" });
    expect(rows.map((r) => [r.term, r.score])).toEqual([
      ["ネットワーク", 2],
      ["EV補助金戦争", 1],
      ["ネットワーク効果", 1],
      ["価格戦争", 1],
      ["戦争", 1],
      ["補助金", 1],
      ["補助金戦争", 0.5945],
    ]);
  });

  it("gives the same rows whatever the order of documents and compounds", () => {
    const base = subsidyCorpus();
    for (const score of ["flr", "cvalue", "tfidf"] as const satisfies readonly TermScoreName[]) {
      const expected = rankTerms(base, { score });
      fc.assert(
        fc.property(
          fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }),
          fc.infiniteStream(fc.nat()),
          (documents, seeds) => {
            const shuffled = documents.map((compounds) => shuffle(compounds, seeds));
            expect(rankTerms(shuffled, { score })).toEqual(expected);
          },
        ),
        { numRuns: 50 },
      );
    }
  });

  it("keeps the first `top` rows", () => {
    const rows = rankTerms(subsidyCorpus(), { score: "flr", top: 3 });
    expect(rows.map((r) => r.term)).toEqual(["補助金戦争", "ネットワーク", "補助金"]);
    expect(rankTerms(subsidyCorpus(), { score: "flr", top: 0 })).toEqual([]);
    expect(rankTerms(subsidyCorpus(), { score: "flr", top: 100 })).toHaveLength(7);
  });

  it("drops rare terms with minFrequency without changing the others' scores", () => {
    const rows = rankTerms(subsidyCorpus(), { score: "flr", minFrequency: 2 });
    expect(rows).toEqual([row(1, "補助金戦争", 5.0297, 2, 2), row(2, "ネットワーク", 2.8284, 2, 1)]);
  });

  it("applies minFrequency before top", () => {
    const rows = rankTerms(subsidyCorpus(), { score: "cvalue", minFrequency: 2, top: 1 });
    expect(rows).toEqual([row(1, "補助金戦争", 3.1699, 2, 2)]);
  });

  it("links terms to concepts through conceptOf, empty when none", () => {
    const conceptOf = (term: string): string | undefined =>
      term.includes("ネットワーク効果") ? "network" : undefined;
    const rows = rankTerms(subsidyCorpus(), { score: "flr", conceptOf });
    expect(rows.filter((r) => r.concept !== "")).toEqual([row(7, "ネットワーク効果", 1.4142, 1, 1, "network")]);
    expect(rows.every((r) => r.concept === "" || r.term === "ネットワーク効果")).toBe(true);
  });

  it("returns no rows for an empty corpus or empty documents", () => {
    expect(rankTerms([], { score: "flr" })).toEqual([]);
    expect(rankTerms([[], []], { score: "tfidf" })).toEqual([]);
  });

  it("rejects nonsensical limits and unknown scores", () => {
    expect(() => rankTerms([], { score: "flr", top: -1 })).toThrow(RangeError);
    expect(() => rankTerms([], { score: "flr", minFrequency: 1.5 })).toThrow(RangeError);
    expect(() => rankTerms([], { score: "bm25" as TermScoreName })).toThrow(RangeError);
  });

  it("counts a term once per document in `documents`", () => {
    const rows = rankTerms([[compound("市場"), compound("市場")], [compound("市場")]], { score: "flr" });
    expect(rows).toEqual([row(1, "市場", 3, 3, 2)]);
  });
});

describe("compareScoredTerms", () => {
  it("treats scores equal up to float noise as ties", () => {
    // 4^(1/4) and 2^(1/2) are both √2 but differ in the last bit.
    const a = { term: "価格", score: Math.pow(4, 1 / 4), frequency: 1, documents: 1 };
    const b = { term: "ネット", score: Math.SQRT2, frequency: 1, documents: 1 };
    expect(a.score).not.toBe(b.score);
    expect(Math.sign(compareScoredTerms(a, b))).toBe(1); // ネ < 価 decides, not the bit
    expect(Math.sign(compareScoredTerms(b, a))).toBe(-1);
  });
});

describe("roundScore", () => {
  it("rounds to 4 decimals and never yields -0", () => {
    expect(roundScore(5.029733718731742)).toBe(5.0297);
    expect(Object.is(roundScore(-0.00001), 0)).toBe(true);
  });
});

function shuffle(items: readonly Compound[], seeds: fc.Stream<number>): Compound[] {
  const copy = [...items];
  const it = seeds[Symbol.iterator]();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (it.next().value as number) % (i + 1);
    [copy[i], copy[j]] = [copy[j] as Compound, copy[i] as Compound];
  }
  return copy;
}

describe("rankTerms: keyness (the default ranking)", () => {
  const reference = {
    perMillion: new Map([["価格", 50], ["プレミアム", 50], ["企業", 50], ["価値", 50], ["一般語", 900_000]]),
    defaultPerMillion: 1,
  };
  const c = (text: string, parts: string[] = [text]) => compound(text, parts);
  const times = (n: number, text: string, parts?: string[]) => Array.from({ length: n }, () => c(text, parts));
  /*
   * 1000 units. Per million here vs in the reference, score = log2((here + 1) / (ref + 1)):
   *   価格プレミアム ×3     3 000 vs 50·50/10⁶ = 0.0025   11.5476
   *   スイッチングコスト ×2  2 000 vs 1·1/10⁶             10.9665
   *   企業 ×40             40 000 vs 50                   9.6153
   *   新語 ×1               1 000 vs 1                     8.9672
   *   価値 ×2               2 000 vs 50                    5.2941
   *   一般語 ×952         952 000 vs 900 000              0.0810, but G² = 2(952 ln(952/900) − 52)
   *                       = 2.96 < 3.84: not key, so last whatever its score
   */
  const corpus = [
    [
      ...times(952, "一般語"),
      ...times(40, "企業"),
      ...times(2, "価値"),
      ...times(3, "価格プレミアム", ["価格", "プレミアム"]),
      ...times(2, "スイッチングコスト", ["スイッチング", "コスト"]),
      c("新語"),
    ],
  ];

  it("puts compounds the reference does not know above everyday words, and non-key terms last", () => {
    const rows = rankTerms(corpus, { score: "keyness", reference });
    expect(rows.map((r) => [r.term, r.score])).toEqual([
      ["価格プレミアム", 11.5476],
      ["スイッチングコスト", 10.9665],
      ["企業", 9.6153],
      ["新語", 8.9672],
      ["価値", 5.2941],
      ["一般語", 0.081],
    ]);
  });

  it("needs a reference", () => {
    expect(() => rankTerms(corpus, { score: "keyness" })).toThrow(RangeError);
  });

  it("drops what the rules reject before scoring", () => {
    const rules = { minChars: 2, notAlone: [], adjectivalAfter: [], deicticFirst: [], rejectText: [], stop: new Set(["企業"]), keep: new Set<string>() };
    expect(rankTerms(corpus, { score: "keyness", reference, rules }).map((r) => r.term)).not.toContain("企業");
  });
});

describe("rankTermsByDocument", () => {
  it("ranks each document on its own, in input order, with its name", () => {
    const reference = { perMillion: new Map<string, number>(), defaultPerMillion: 1 };
    const corpus = [
      [compound("補助金戦争"), compound("補助金戦争"), compound("価格戦争")],
      [compound("ネットワーク効果")],
    ];
    const rows = rankTermsByDocument(corpus, ["a.txt", "b.txt"], { score: "keyness", reference });
    expect(rows.map((r) => [r.document, r.rank, r.term, r.frequency])).toEqual([
      ["a.txt", 1, "補助金戦争", 2],
      ["a.txt", 2, "価格戦争", 1],
      ["b.txt", 1, "ネットワーク効果", 1],
    ]);
  });

  it("keeps the whole corpus for TF-IDF's document frequencies", () => {
    const corpus = [
      [compound("補助金戦争"), compound("共通語")],
      [compound("共通語")],
    ];
    const rows = rankTermsByDocument(corpus, ["a", "b"], { score: "tfidf" });
    // idf(補助金戦争) = 1 + ln(2/2) = 1; idf(共通語) = 1 + ln(2/3) = 0.5945.
    expect(rows.filter((r) => r.document === "a").map((r) => [r.term, r.score])).toEqual([
      ["補助金戦争", 1],
      ["共通語", 0.5945],
    ]);
  });
});

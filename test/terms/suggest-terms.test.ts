import { describe, expect, it } from "vitest";
import { suggestTerms, type ConceptMention } from "../../src/terms/suggest-terms.js";
import { compound } from "./make-compound.js";

/*
 * doc 0  s0: [network]        ネットワーク効果(dictionary) プラットフォーム 利用者
 *        s1: [network]        プラットフォーム 利用者数
 *        s2: [scale]          生産量 平均費用
 *        s3: —                プラットフォーム 市場
 * doc 1  s0: [network, scale] プラットフォーム 生産量
 *        s1: [scale]          平均費用 市場
 *        s2: —                市場
 *
 * S(network) = {0:0, 0:1, 1:0}   S(scale) = {0:2, 1:0, 1:1}
 * S(プラットフォーム) = {0:0, 0:1, 0:3, 1:0}  S(利用者) = {0:0}  S(利用者数) = {0:1}
 * S(生産量) = {0:2, 1:0}  S(平均費用) = {0:2, 1:1}  S(市場) = {0:3, 1:1, 1:2}
 *
 * J = |∩| / |∪|:
 *   network: プラットフォーム 3/(4+3−3) = 0.75; 利用者 1/3; 利用者数 1/3; 生産量 1/(2+3−1) = 0.25
 *   scale:   生産量 2/(2+3−2) = 0.6667; 平均費用 2/3 = 0.6667; 市場 1/(3+3−1) = 0.2;
 *            プラットフォーム 1/(4+3−1) = 0.1667
 * Default minCooccurrence 2 keeps only |∩| ≥ 2: プラットフォーム (network), 生産量 and 平均費用 (scale).
 */
const corpus = [
  [
    compound("ネットワーク効果", ["ネットワーク", "効果"], 0),
    compound("プラットフォーム", ["プラットフォーム"], 0),
    compound("利用者", ["利用者"], 0),
    compound("プラットフォーム", ["プラットフォーム"], 1),
    compound("利用者数", ["利用者", "数"], 1),
    compound("生産量", ["生産", "量"], 2),
    compound("平均費用", ["平均", "費用"], 2),
    compound("プラットフォーム", ["プラットフォーム"], 3),
    compound("市場", ["市場"], 3),
  ],
  [
    compound("プラットフォーム", ["プラットフォーム"], 0),
    compound("生産量", ["生産", "量"], 0),
    compound("平均費用", ["平均", "費用"], 1),
    compound("市場", ["市場"], 1),
    compound("市場", ["市場"], 2),
  ],
];
const mentions: ConceptMention[][] = [
  [
    { concept: "network", sentence: 0 },
    { concept: "network", sentence: 1 },
    { concept: "scale", sentence: 2 },
  ],
  [
    { concept: "network", sentence: 0 },
    { concept: "scale", sentence: 0 },
    { concept: "scale", sentence: 1 },
  ],
];
const isDictionaryTerm = (text: string): boolean => text === "ネットワーク効果";

describe("suggestTerms", () => {
  it("suggests non-dictionary terms by Jaccard over shared sentences", () => {
    expect(suggestTerms(corpus, mentions, { isDictionaryTerm })).toEqual([
      // frequency and documents are the term's own totals; near counts the shared sentences.
      { rank: 1, term: "プラットフォーム", score: 0.75, frequency: 4, documents: 2, concept: "network", near: 3, reason: "near", example: "" },
      // Tie at 2/3 and frequency 2: 平 (U+5E73) before 生 (U+751F).
      { rank: 1, term: "平均費用", score: 0.6667, frequency: 2, documents: 2, concept: "scale", near: 2, reason: "near", example: "" },
      { rank: 2, term: "生産量", score: 0.6667, frequency: 2, documents: 2, concept: "scale", near: 2, reason: "near", example: "" },
    ]);
  });

  it("reports concepts in the order given, ranks within each, and honours minCooccurrence", () => {
    const rows = suggestTerms(corpus, mentions, {
      isDictionaryTerm,
      minCooccurrence: 1,
      concepts: ["scale", "network", "scope"],
    });
    expect(rows.map((r) => [r.concept, r.rank, r.term, r.score])).toEqual([
      ["scale", 1, "平均費用", 0.6667],
      ["scale", 2, "生産量", 0.6667],
      ["scale", 3, "市場", 0.2],
      ["scale", 4, "プラットフォーム", 0.1667],
      ["network", 1, "プラットフォーム", 0.75],
      ["network", 2, "利用者", 0.3333],
      ["network", 3, "利用者数", 0.3333],
      ["network", 4, "生産量", 0.25],
    ]);
  });

  it("keeps `top` rows per concept", () => {
    const rows = suggestTerms(corpus, mentions, { isDictionaryTerm, minCooccurrence: 1, top: 1 });
    expect(rows.map((r) => [r.concept, r.term])).toEqual([
      ["network", "プラットフォーム"],
      ["scale", "平均費用"],
    ]);
  });

  it("never suggests a dictionary term and asks about each text once", () => {
    const asked: string[] = [];
    const rows = suggestTerms(corpus, mentions, {
      minCooccurrence: 1,
      isDictionaryTerm: (text) => {
        asked.push(text);
        return isDictionaryTerm(text);
      },
    });
    expect(rows.some((r) => r.term === "ネットワーク効果")).toBe(false);
    expect(asked).toHaveLength(new Set(asked).size);
  });

  it("is empty without mentions and rejects mismatched inputs", () => {
    expect(suggestTerms(corpus, [[], []], { isDictionaryTerm })).toEqual([]);
    expect(() => suggestTerms(corpus, [[]], { isDictionaryTerm })).toThrow(RangeError);
  });

  it("does not depend on the order of mentions or compounds", () => {
    const reversed = suggestTerms(
      corpus.map((compounds) => [...compounds].reverse()),
      mentions.map((list) => [...list].reverse()),
      { isDictionaryTerm, minCooccurrence: 1 },
    );
    expect(reversed).toEqual(suggestTerms(corpus, mentions, { isDictionaryTerm, minCooccurrence: 1 }));
  });
});

describe("suggestTerms: evidence, heads and distinctiveness (--suggest CONCEPT)", () => {
  // Places parallel to the corpus: unit i of document d is at line d + 1, column 10·i + 1.
  const places = corpus.map((units, d) => units.map((_, i) => ({ line: d + 1, column: 10 * i + 1 })));
  const documents = ["a.txt", "b.txt"];

  it("gives an example place near a mention: the first occurrence in a shared sentence", () => {
    const rows = suggestTerms(corpus, mentions, { isDictionaryTerm, places, documents });
    // プラットフォーム first occurs in a.txt sentence 0 (unit 1), which has a network mention.
    expect(rows.find((r) => r.concept === "network")).toMatchObject({ term: "プラットフォーム", near: 3, reason: "near", example: "a.txt:1:11" });
    // 平均費用 is in a.txt sentence 2 (unit 6, a scale sentence).
    expect(rows.find((r) => r.term === "平均費用")).toMatchObject({ concept: "scale", example: "a.txt:1:61" });
  });

  it("only reports the concept asked for", () => {
    const rows = suggestTerms(corpus, mentions, { isDictionaryTerm, only: "scale" });
    expect(new Set(rows.map((r) => r.concept))).toEqual(new Set(["scale"]));
  });

  it("suggests terms that share a concept term's head, even far from its mentions", () => {
    const withHead = [[...corpus[0]!, compound("ロックイン効果", ["ロックイン", "効果"], 3)], corpus[1]!];
    const rows = suggestTerms(withHead, mentions, {
      isDictionaryTerm,
      spellings: new Map([["network", ["ネットワーク効果", "ネットワーク外部性"]]]),
      places: withHead.map((units, d) => units.map((_, i) => ({ line: d + 1, column: i + 1 }))),
      documents,
      only: "network",
    });
    expect(rows.map((r) => [r.term, r.reason, r.near, r.example])).toEqual([
      ["プラットフォーム", "near", 3, "a.txt:1:2"],
      ["ロックイン効果", "head", 0, "a.txt:1:10"],
    ]);
  });

  it("with a reference, suggests only distinctive terms: key, and not everyday words", () => {
    // プラットフォーム at 900 000 per million is not more frequent here (4 of 14 units):
    // not key. 生産量 (生産 50 · 量 50 per million) is key but an everyday word when listed.
    const reference = { perMillion: new Map([["プラットフォーム", 900_000], ["平均", 50], ["費用", 50]]), defaultPerMillion: 1 };
    expect(suggestTerms(corpus, mentions, { isDictionaryTerm, reference }).map((r) => r.term)).toEqual(["平均費用", "生産量"]);
    const listed = { ...reference, perMillion: new Map([...reference.perMillion, ["生産量", 50]]) };
    expect(suggestTerms(corpus, mentions, { isDictionaryTerm, reference: listed }).map((r) => r.term)).toEqual(["平均費用"]);
  });
});

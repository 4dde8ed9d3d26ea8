import { describe, expect, it } from "vitest";
import { countConcepts, sortTally, tally } from "../../src/concepts/count-concepts.js";
import type { Mention } from "../../src/concepts/mention.js";
import { DICTIONARY } from "./hand-tokens.js";

const mention = (concept: string, term: string, sentence: number): Mention => ({ concept, term, from: 0, to: 1, start: 0, end: 1, sentence });

describe("tally", () => {
  it("orders by count descending, then by item", () => {
    expect(tally(["b", "a", "c", "a", "c", "c"])).toEqual([
      ["c", 3],
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("breaks ties by code point, not by UTF-16 code unit", () => {
    // ｽ is U+FF7D, 𠮷 is U+20BB7 (code units D842 DFB7): code point order puts ｽ first.
    expect(tally(["𠮷", "ｽ"])).toEqual([
      ["ｽ", 1],
      ["𠮷", 1],
    ]);
  });

  it("is empty for no items", () => {
    expect(tally([])).toEqual([]);
  });
});

describe("sortTally", () => {
  it("sorts a map of counts the same way", () => {
    expect(sortTally(new Map([["規模の経済", 1], ["規模の効果", 3], ["スケール効果", 1]]))).toEqual([
      ["規模の効果", 3],
      ["スケール効果", 1],
      ["規模の経済", 1],
    ]);
  });
});

describe("countConcepts", () => {
  it("counts mentions per concept in dictionary order with distinct sentences and variants", () => {
    const mentions = [
      mention("network", "ネットワーク効果", 0),
      mention("scale", "規模の経済", 0),
      mention("scale", "規模の効果", 0),
      mention("scale", "規模の効果", 2),
      mention("scale", "規模の効果", 2),
      mention("network", "network effect", 5),
    ];
    expect(countConcepts(mentions, DICTIONARY)).toEqual([
      { concept: "scale", count: 4, sentencesWith: 2, variants: [["規模の効果", 3], ["規模の経済", 1]] },
      { concept: "network", count: 2, sentencesWith: 2, variants: [["network effect", 1], ["ネットワーク効果", 1]] },
      { concept: "scope", count: 0, sentencesWith: 0, variants: [] },
    ]);
  });

  it("ignores mentions of concepts the dictionary does not have", () => {
    const result = countConcepts([mention("brand", "ブランド", 0)], DICTIONARY);
    expect(result.map((c) => c.count)).toEqual([0, 0, 0]);
  });

  it("gives every concept a count of zero for no mentions", () => {
    expect(countConcepts([], DICTIONARY).map((c) => [c.concept, c.count])).toEqual([
      ["scale", 0],
      ["network", 0],
      ["scope", 0],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { ConceptCount } from "../../src/concepts/count-concepts.js";
import { createSummary, documentCounts, longColumns, longRows, summaryColumns, wideColumns, wideRow, type DocumentCounts } from "../../src/report/analyze-rows.js";
import { DICTIONARY } from "../concepts/hand-tokens.js";
import { documentTokens } from "../concepts/hand-tokens.js";
import { analysed } from "./hand-analysis.js";

const count = (concept: string, n: number, sentencesWith: number, variants: [string, number][] = []): ConceptCount => ({ concept, count: n, sentencesWith, variants });

function doc(document: string, tokens: number, counts: ConceptCount[]): DocumentCounts {
  return { document, stats: { chars: 0, tokens, sentences: 1 }, counts };
}

describe("analyze report rows", () => {
  it("has the documented columns, concepts in dictionary order", () => {
    expect(wideColumns(DICTIONARY)).toEqual(["document", "chars", "tokens", "sentences", "scale", "network", "scope"]);
    expect(longColumns).toEqual(["document", "concept", "label", "count", "per_1k_tokens", "sentences_with", "variants"]);
    expect(summaryColumns).toEqual(["concept", "label", "mentions", "documents", "per_1k_tokens", "top_variants"]);
  });

  it("counts chars without whitespace (code points), word tokens and sentences", () => {
    const source = "規模の経済 と\n𠮷野家の規模の効果。";
    const analysis = analysed(source, [
      { concept: "scale", term: "規模の経済", evidence: "規模の経済" },
      { concept: "scale", term: "規模の効果", evidence: "規模の効果" },
    ], documentTokens("規模の経済 と", "𠮷規模の効果。"));
    const d = documentCounts("a.txt", analysis, DICTIONARY);
    // 規模の経済と (6) + 𠮷野家の規模の効果。 (10): spaces and the line break not counted.
    expect(d.stats).toEqual({ chars: 16, tokens: analysis.wordTokens, sentences: 1 });
    expect(wideRow(d)).toEqual({ document: "a.txt", chars: 16, tokens: analysis.wordTokens, sentences: 1, scale: 2, network: 0, scope: 0 });
  });

  it("gives one long row per concept with per_1k_tokens to two decimals", () => {
    const d = doc("a.txt", 7, [count("scale", 3, 2, [["規模の効果", 2], ["規模の経済", 1]]), count("network", 1, 1, [["ネットワーク効果", 1]]), count("scope", 0, 0)]);
    expect(longRows(d, DICTIONARY)).toEqual([
      { document: "a.txt", concept: "scale", label: "SCALE", count: 3, per_1k_tokens: 428.57, sentences_with: 2, variants: [{ term: "規模の効果", count: 2 }, { term: "規模の経済", count: 1 }] },
      { document: "a.txt", concept: "network", label: "NETWORK", count: 1, per_1k_tokens: 142.86, sentences_with: 1, variants: [{ term: "ネットワーク効果", count: 1 }] },
      { document: "a.txt", concept: "scope", label: "SCOPE", count: 0, per_1k_tokens: 0, sentences_with: 0, variants: [] },
    ]);
  });

  it("gives per_1k_tokens 0 for a document without words", () => {
    expect(longRows(doc("empty.txt", 0, [count("scale", 0, 0), count("network", 0, 0), count("scope", 0, 0)]), DICTIONARY).map((r) => r.per_1k_tokens)).toEqual([0, 0, 0]);
  });

  it("sums documents into one summary row per concept", () => {
    const summary = createSummary(DICTIONARY);
    summary.add(doc("a", 7, [count("scale", 3, 2, [["規模の経済", 1], ["規模の効果", 2]]), count("network", 0, 0), count("scope", 0, 0)]));
    summary.add(doc("b", 13, [count("scale", 1, 1, [["規模の経済", 1]]), count("network", 2, 1, [["ネットワーク効果", 2]]), count("scope", 0, 0)]));
    expect(summary.rows()).toEqual([
      // 4 mentions over 20 tokens; tie at 2 ordered by code point (効 U+52B9 < 経 U+7D4C).
      { concept: "scale", label: "SCALE", mentions: 4, documents: 2, per_1k_tokens: 200, top_variants: [{ term: "規模の効果", count: 2 }, { term: "規模の経済", count: 2 }] },
      { concept: "network", label: "NETWORK", mentions: 2, documents: 1, per_1k_tokens: 100, top_variants: [{ term: "ネットワーク効果", count: 2 }] },
      { concept: "scope", label: "SCOPE", mentions: 0, documents: 0, per_1k_tokens: 0, top_variants: [] },
    ]);
  });

  it("lists at most five top variants, most frequent first", () => {
    const summary = createSummary(DICTIONARY);
    const variants: [string, number][] = [["a", 1], ["b", 6], ["c", 5], ["d", 4], ["e", 3], ["f", 2]];
    summary.add(doc("a", 100, [count("scale", 21, 3, variants), count("network", 0, 0), count("scope", 0, 0)]));
    expect(summary.rows()[0]!.top_variants).toEqual(["b", "c", "d", "e", "f"].map((term, i) => ({ term, count: 6 - i })));
  });

  it("gives zero rows for an empty corpus", () => {
    expect(createSummary(DICTIONARY).rows().map((r) => [r.concept, r.mentions, r.per_1k_tokens])).toEqual([
      ["scale", 0, 0],
      ["network", 0, 0],
      ["scope", 0, 0],
    ]);
  });
});

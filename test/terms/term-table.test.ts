import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankTermTable, suggestFromTable } from "../../src/terms/table-ranking.js";
import { createTermTable, documentTerms } from "../../src/terms/term-table.js";
import { compound, subsidyCorpus } from "./make-compound.js";

const SCORES = ["flr", "cvalue", "tfidf"] as const;

describe("term tables", () => {
  it("give the same ranking and suggestions whatever the order documents are added in", () => {
    const docs = [
      ...subsidyCorpus(),
      [compound("補助金", ["補助金"], 0), compound("市場", ["市場"], 0), compound("補助金戦争", ["補助", "金", "戦争"], 1)],
      [],
      [compound("市場", ["市場"], 2), compound("ネットワーク効果", ["ネットワーク", "効果"], 2)],
    ].map((compounds, d) => ({ terms: documentTerms(compounds), concepts: new Map([["network", d % 2 === 0 ? [0, 2] : [1]]]) }));
    const build = (order: readonly number[]) => {
      const table = createTermTable({ suggest: true });
      for (const i of order) table.add(docs[i]!.terms, docs[i]!.concepts);
      return table.table();
    };
    const reference = build(docs.map((_, i) => i));
    fc.assert(
      fc.property(fc.shuffledSubarray(docs.map((_, i) => i), { minLength: docs.length }), (order) => {
        const table = build(order);
        for (const score of SCORES) expect(rankTermTable(table, { score })).toEqual(rankTermTable(reference, { score }));
        const suggest = { isDictionaryTerm: () => false, minCooccurrence: 1 };
        expect(suggestFromTable(table, suggest)).toEqual(suggestFromTable(reference, suggest));
      }),
      { numRuns: 50 },
    );
  });

  it("keep the largest count in one document for TF-IDF", () => {
    const table = createTermTable();
    table.add(documentTerms([compound("市場"), compound("市場"), compound("市場")]));
    table.add(documentTerms([compound("市場")]));
    expect(table.table().terms.get("市場")).toMatchObject({ frequency: 4, documents: 2, maxInDocument: 3 });
  });
});

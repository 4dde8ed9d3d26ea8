import { describe, expect, it } from "vitest";
import { cooccurReduction } from "../../src/reduce/cooccur-rows.js";
import { CONCEPTS, result } from "./fixtures.js";

/*
 * d1: scale s0 s1, network s1       → scale&network in 1 sentence (s1)
 * d2: scale s3, network s4, scope s4 → scale&network 0 sentences, network&scope 1 (s4)
 * d3: network s0
 * d4: nothing
 *
 * D(scale) = {d1, d2}, D(network) = {d1, d2, d3}, D(scope) = {d2}
 * scale–network: 2 documents, 1 sentence, J = 2 / 3
 * scale–scope:   1 document,  0 sentences, J = 1 / 2
 * network–scope: 1 document,  1 sentence,  J = 1 / 3
 */
const docs = [
  result("d1", 100, [[0, 1], [1], []], { year: "2023" }),
  result("d2", 100, [[3], [4], [4]], { year: "2025" }),
  result("d3", 100, [[], [0], []], { year: "2023" }),
  result("d4", 100, [[], [], []], { year: "2025" }),
];

describe("cooccurReduction", () => {
  it("counts documents and sentences mentioning both, with Jaccard over documents", () => {
    const r = cooccurReduction(CONCEPTS);
    for (const d of docs) expect([...r.add(d)]).toEqual([]);
    expect(r.columns).toEqual(["concept_a", "concept_b", "documents", "sentences", "jaccard"]);
    expect(r.finish()).toEqual([
      { concept_a: "scale", concept_b: "network", documents: 2, sentences: 1, jaccard: 0.6667 },
      { concept_a: "scale", concept_b: "scope", documents: 1, sentences: 0, jaccard: 0.5 },
      { concept_a: "network", concept_b: "scope", documents: 1, sentences: 1, jaccard: 0.3333 },
    ]);
  });

  it("gives zero rows (Jaccard 0) when nothing is mentioned", () => {
    const r = cooccurReduction(CONCEPTS);
    r.add(docs[3]!);
    expect(r.finish().map((row) => [row["documents"], row["sentences"], row["jaccard"]])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it("splits by group, empty years included", () => {
    const r = cooccurReduction(CONCEPTS, [{ field: "year", period: "year" }]);
    for (const d of docs) r.add(d);
    const rows = r.finish();
    expect(r.columns[0]).toBe("year");
    expect(rows.map((row) => [row["year"], row["concept_a"], row["concept_b"], row["documents"]])).toEqual([
      ["2023", "scale", "network", 1],
      ["2023", "scale", "scope", 0],
      ["2023", "network", "scope", 0],
      ["2024", "scale", "network", 0],
      ["2024", "scale", "scope", 0],
      ["2024", "network", "scope", 0],
      ["2025", "scale", "network", 1],
      ["2025", "scale", "scope", 1],
      ["2025", "network", "scope", 1],
    ]);
  });

  it("gives the same rows whatever the order of documents", () => {
    const a = cooccurReduction(CONCEPTS);
    const b = cooccurReduction(CONCEPTS);
    for (const d of docs) a.add(d);
    for (const d of [...docs].reverse()) b.add(d);
    expect(b.finish()).toEqual(a.finish());
  });
});

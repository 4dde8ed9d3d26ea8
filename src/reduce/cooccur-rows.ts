import type { Row } from "../report/row.js";
import type { DocumentResult } from "../result/document-result.js";
import { roundScore } from "../terms/order-terms.js";
import { createGrouping, groupColumns, type GroupField } from "./group-documents.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

export const cooccurColumns = ["concept_a", "concept_b", "documents", "sentences", "jaccard"];

interface PairTotals {
  /** Documents mentioning each concept. */
  readonly withConcept: number[];
  /** Per pair (a < b, dictionary order): documents and sentences mentioning both. */
  readonly documents: number[];
  readonly sentences: number[];
}

/**
 * One row per pair of concepts (dictionary order, every pair, zeros included):
 * documents and sentences that mention both, and the Jaccard coefficient over documents,
 * |D(a) ∩ D(b)| / |D(a) ∪ D(b)| (0 when neither is mentioned), to four decimals.
 * With `--by`, the same per group.
 */
export function cooccurReduction(concepts: readonly ConceptInfo[], fields: readonly GroupField[] = []): Reduction {
  const grouping = fields.length > 0 ? createGrouping(fields) : undefined;
  const pairs: [number, number][] = [];
  for (let a = 0; a < concepts.length; a++) for (let b = a + 1; b < concepts.length; b++) pairs.push([a, b]);
  const groups = new Map<string, PairTotals>();
  const empty = (): PairTotals => ({ withConcept: concepts.map(() => 0), documents: pairs.map(() => 0), sentences: pairs.map(() => 0) });
  const rowsOf = (t: PairTotals): Row[] =>
    pairs.map(([a, b], p) => {
      const both = t.documents[p]!;
      const union = t.withConcept[a]! + t.withConcept[b]! - both;
      return {
        concept_a: concepts[a]!.id,
        concept_b: concepts[b]!.id,
        documents: both,
        sentences: t.sentences[p]!,
        jaccard: union === 0 ? 0 : roundScore(both / union),
      };
    });
  const names = grouping ? groupColumns(fields) : [];
  return {
    columns: [...names, ...cooccurColumns],
    perDocument: false,
    reads: "counts",
    add(r) {
      const key = grouping ? JSON.stringify(grouping.keyOf(r)) : "";
      let t = groups.get(key);
      if (t === undefined) {
        t = empty();
        groups.set(key, t);
      }
      addDocument(t, r, pairs);
      return [];
    },
    finish() {
      if (!grouping) return rowsOf(groups.get("") ?? empty());
      return grouping.keys().flatMap((key) => {
        const prefix = Object.fromEntries(names.map((name, i) => [name, key[i]!]));
        return rowsOf(groups.get(JSON.stringify(key)) ?? empty()).map((row) => ({ ...prefix, ...row }));
      });
    },
    notes: () => grouping?.notes() ?? [],
  };
}

function addDocument(t: PairTotals, r: DocumentResult, pairs: readonly (readonly [number, number])[]): void {
  r.counts.forEach((c, i) => {
    if (c.count > 0) t.withConcept[i]!++;
  });
  pairs.forEach(([a, b], p) => {
    if (r.counts[a]!.count === 0 || r.counts[b]!.count === 0) return;
    t.documents[p]!++;
    const inB = new Set(r.conceptSentences[b]);
    let n = 0;
    for (const s of r.conceptSentences[a] ?? []) if (inB.has(s)) n++;
    t.sentences[p]! += n;
  });
}

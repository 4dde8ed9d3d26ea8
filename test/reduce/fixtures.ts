import type { DocumentResult } from "../../src/result/document-result.js";

export const CONCEPTS = [
  { id: "scale", label: "規模の経済" },
  { id: "network", label: "ネットワーク効果" },
  { id: "scope", label: "範囲の経済" },
];

/** A per-document result by hand: per concept, the sentences of its mentions (one mention each). */
export function result(document: string, tokens: number, sentences: number[][], meta: Record<string, string> = {}, dir?: string): DocumentResult {
  return {
    document,
    ...(dir === undefined ? {} : { dir }),
    meta,
    stats: { chars: tokens * 2, tokens, sentences: 10 },
    counts: CONCEPTS.map((c, i) => ({
      concept: c.id,
      count: sentences[i]?.length ?? 0,
      sentencesWith: sentences[i]?.length ?? 0,
      variants: (sentences[i]?.length ?? 0) > 0 ? [[c.label, sentences[i]!.length] as const] : [],
    })),
    conceptSentences: CONCEPTS.map((_, i) => sentences[i] ?? []),
  };
}

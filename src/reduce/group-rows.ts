import { sortTally } from "../concepts/count-concepts.js";
import { per1k } from "../report/document-stats.js";
import type { Row } from "../report/row.js";
import { createGrouping, groupColumns, type GroupField } from "./group-documents.js";
import type { ConceptInfo, Reduction } from "./reduction.js";

interface GroupTotals {
  documents: number;
  chars: number;
  tokens: number;
  /** Per concept: mentions, documents and sentences with one, matched variants. */
  readonly concepts: { count: number; documents: number; sentences: number; readonly variants: Map<string, number> }[];
}

/**
 * One row per group (`analyze --by`): `FIELD…,documents,chars,tokens,<concept counts>,
 * <concept>_per_1k…`, rates over the group's word tokens; with `long`, one row per group
 * and concept: `FIELD…,concept,label,documents,count,per_1k_tokens,sentences_with,variants`.
 * Date periods without documents between the first and the last are zero rows.
 */
export function groupReduction(concepts: readonly ConceptInfo[], fields: readonly GroupField[], options: { readonly long?: boolean } = {}): Reduction {
  const grouping = createGrouping(fields);
  const groups = new Map<string, GroupTotals>();
  const names = groupColumns(fields);
  const empty = (): GroupTotals => ({
    documents: 0,
    chars: 0,
    tokens: 0,
    concepts: concepts.map(() => ({ count: 0, documents: 0, sentences: 0, variants: new Map() })),
  });
  const prefix = (key: readonly string[]): Record<string, string> => Object.fromEntries(names.map((name, i) => [name, key[i]!]));
  const wide = (key: readonly string[], g: GroupTotals): Row => {
    const row: Record<string, string | number> = { ...prefix(key), documents: g.documents, chars: g.chars, tokens: g.tokens };
    concepts.forEach((c, i) => (row[c.id] = g.concepts[i]!.count));
    concepts.forEach((c, i) => (row[`${c.id}_per_1k`] = per1k(g.concepts[i]!.count, g.tokens)));
    return row;
  };
  const long = (key: readonly string[], g: GroupTotals): Row[] =>
    concepts.map((c, i) => {
      const t = g.concepts[i]!;
      return {
        ...prefix(key),
        concept: c.id,
        label: c.label,
        documents: t.documents,
        count: t.count,
        per_1k_tokens: per1k(t.count, g.tokens),
        sentences_with: t.sentences,
        variants: sortTally(t.variants)
          .map(([term, n]) => `${term}:${n}`)
          .join(";"),
      };
    });
  return {
    columns: options.long
      ? [...names, "concept", "label", "documents", "count", "per_1k_tokens", "sentences_with", "variants"]
      : [...names, "documents", "chars", "tokens", ...concepts.map((c) => c.id), ...concepts.map((c) => `${c.id}_per_1k`)],
    perDocument: false,
    reads: "counts",
    add(r) {
      const key = JSON.stringify(grouping.keyOf(r));
      let g = groups.get(key);
      if (g === undefined) {
        g = empty();
        groups.set(key, g);
      }
      g.documents++;
      g.chars += r.stats.chars;
      g.tokens += r.stats.tokens;
      r.counts.forEach((c, i) => {
        const t = g.concepts[i]!;
        t.count += c.count;
        t.sentences += c.sentencesWith;
        if (c.count > 0) t.documents++;
        for (const [term, n] of c.variants) t.variants.set(term, (t.variants.get(term) ?? 0) + n);
      });
      return [];
    },
    finish: () =>
      grouping.keys().flatMap((key) => {
        const g = groups.get(JSON.stringify(key)) ?? empty();
        return options.long ? long(key, g) : [wide(key, g)];
      }),
    notes: () => grouping.notes(),
  };
}

import { countConcepts, sortTally, type ConceptCount } from "../concepts/count-concepts.js";
import type { Dictionary } from "../dictionary/dictionary.js";
import type { DocumentAnalysis } from "../pipeline.js";
import { documentStats, per1k, type DocumentStats } from "./document-stats.js";
import type { Row, TermCounts } from "./row.js";

/** What `analyze` keeps of a document: enough for the wide, long and summary reports. */
export interface DocumentCounts {
  readonly document: string;
  readonly stats: DocumentStats;
  readonly counts: readonly ConceptCount[];
}

export function documentCounts(document: string, analysis: DocumentAnalysis, dictionary: Dictionary): DocumentCounts {
  return { document, stats: documentStats(analysis), counts: countConcepts(analysis.mentions, dictionary) };
}

/** The part of a dictionary reports need: ids (columns) and labels. */
type Concepts = { readonly concepts: readonly { readonly id: string; readonly label: string }[] };

export const wideColumns = (dictionary: Concepts): string[] => [
  "document",
  "chars",
  "tokens",
  "sentences",
  ...dictionary.concepts.map((c) => c.id),
];

export function wideRow(d: DocumentCounts): Row {
  const row: Record<string, string | number | TermCounts> = { document: d.document, ...d.stats };
  for (const c of d.counts) row[c.concept] = c.count;
  return row;
}

export const longColumns = ["document", "concept", "label", "count", "per_1k_tokens", "sentences_with", "variants"];

export function longRows(d: DocumentCounts, dictionary: Concepts): Row[] {
  return d.counts.map((c, i) => ({
    document: d.document,
    concept: c.concept,
    label: dictionary.concepts[i]!.label,
    count: c.count,
    per_1k_tokens: per1k(c.count, d.stats.tokens),
    sentences_with: c.sentencesWith,
    variants: formatVariants(c.variants),
  }));
}

export const summaryColumns = ["concept", "label", "mentions", "documents", "per_1k_tokens", "top_variants"];

/** How many variants `top_variants` lists. */
const TOP_VARIANTS = 5;

/** Adds up documents one at a time (memory does not grow with the corpus) into one row per concept. */
export function createSummary(dictionary: Concepts): { add(d: DocumentCounts): void; rows(): Row[] } {
  let tokens = 0;
  const totals = dictionary.concepts.map(() => ({ mentions: 0, documents: 0, variants: new Map<string, number>() }));
  return {
    add(d) {
      tokens += d.stats.tokens;
      d.counts.forEach((c, i) => {
        const total = totals[i]!;
        total.mentions += c.count;
        if (c.count > 0) total.documents++;
        for (const [term, n] of c.variants) total.variants.set(term, (total.variants.get(term) ?? 0) + n);
      });
    },
    rows: () =>
      dictionary.concepts.map((concept, i) => {
        const total = totals[i]!;
        return {
          concept: concept.id,
          label: concept.label,
          mentions: total.mentions,
          documents: total.documents,
          per_1k_tokens: per1k(total.mentions, tokens),
          top_variants: formatVariants(sortTally(total.variants).slice(0, TOP_VARIANTS)),
        };
      }),
  };
}

/** Written `規模の効果:3;規模の経済:1` in CSV/TSV, as an array of `{term, count}` in JSONL. */
function formatVariants(variants: readonly (readonly [string, number])[]): TermCounts {
  return variants.map(([term, count]) => ({ term, count }));
}

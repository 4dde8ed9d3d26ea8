import { sortTally } from "../concepts/count-concepts.js";
import { cooccurReduction } from "../reduce/cooccur-rows.js";
import { groupColumns, INVALID, NONE, type GroupField } from "../reduce/group-documents.js";
import { groupReduction } from "../reduce/group-rows.js";
import type { ConceptInfo } from "../reduce/reduction.js";
import { summaryReduction } from "../reduce/summary-rows.js";
import { termReduction } from "../reduce/term-rows.js";
import type { TermReference } from "../terms/term-reference.js";
import type { TermRules } from "../terms/term-rules.js";
import type { MentionRecord } from "../report/mention-rows.js";
import type { Row } from "../report/row.js";
import type { DocumentResult } from "../result/document-result.js";
import { createKwicSample, type KwicSample } from "./kwic-sample.js";

/** The rows a chart draws, with their columns: the chart's "download CSV" is exactly these. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

/** Facts about the run for the page's summary; the CLI knows them (the core never asks the clock). */
export interface RunFacts {
  readonly inputs: readonly string[];
  readonly dictionaries: readonly string[];
  readonly version: string;
  /** ISO 8601. */
  readonly date: string;
  /** Inputs or documents that could not be read or analysed. */
  readonly errors: number;
  readonly by?: string;
  /** Made from partials (kouka analyze -f partial): they keep no mentions, so no KWIC rows. */
  readonly fromPartials?: boolean;
}

export interface ReportData {
  readonly run: RunFacts;
  readonly concepts: readonly ConceptInfo[];
  readonly documents: number;
  readonly chars: number;
  readonly tokens: number;
  /** Per concept: mentions, documents mentioning it, rate per 1,000 word tokens (analyze --summary). */
  readonly totals: ChartTable;
  /** Per concept and count k: documents with exactly k mentions (k from 0 to the largest). */
  readonly distribution: ChartTable;
  /** With --by: per group and concept (analyze --by … --long). */
  readonly groups?: ChartTable;
  /** The group columns (--by fields) and whether the one field is a date (time series). */
  readonly groupFields: readonly string[];
  /** With --by on one date field: the dated groups only ((none) and (invalid) have no place in time). */
  readonly timeline?: ChartTable;
  /** The period of the time series' dates. */
  readonly timelinePeriod?: "year" | "month" | "day";
  readonly cooccur: ChartTable;
  readonly variants: ChartTable;
  readonly terms: ChartTable;
  readonly kwic: KwicSample;
  /** Lines for standard error (groups without a field…). */
  readonly notes: readonly string[];
}

export interface ReportOptions {
  readonly by: readonly GroupField[];
  /** How many top terms (like `kouka terms --top N`). */
  readonly topTerms: number;
  /** The term filters and keyness reference `kouka terms` ranks with; FLR without filters when absent. */
  readonly termData?: { readonly rules: TermRules; readonly reference: TermReference };
  /** KWIC rows kept per concept. */
  readonly kwicPerConcept: number;
}

const pick = (rows: readonly Row[], columns: readonly string[]): Row[] =>
  rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""])));

/**
 * The data of the HTML report: the reductions analyze, analyze --by --long, cooccur and
 * terms use, fed the same per-document results (no counting of its own), plus the count
 * distribution, every matched variant and a sample of the mentions.
 */
export function createReportData(concepts: readonly ConceptInfo[], options: ReportOptions) {
  const summary = summaryReduction(concepts);
  const grouped = options.by.length > 0 ? groupReduction(concepts, options.by, { long: true }) : undefined;
  const cooccur = cooccurReduction(concepts);
  const ranking = options.termData ? { score: "keyness" as const, ...options.termData } : { score: "flr" as const };
  const terms = termReduction(concepts, { ...ranking, minFrequency: 1, suggest: false, top: options.topTerms });
  const kwic = createKwicSample(options.kwicPerConcept);
  /** Per concept: documents by their count of mentions. */
  const histogram = concepts.map(() => new Map<number, number>());
  const variants = concepts.map(() => new Map<string, number>());
  let documents = 0;
  let chars = 0;
  let tokens = 0;
  return {
    add(result: DocumentResult, mentions: readonly MentionRecord[] = []): void {
      documents++;
      chars += result.stats.chars;
      tokens += result.stats.tokens;
      summary.add(result);
      grouped?.add(result);
      cooccur.add(result);
      if (result.terms !== undefined) terms.add(result);
      result.counts.forEach((c, i) => {
        histogram[i]!.set(c.count, (histogram[i]!.get(c.count) ?? 0) + 1);
        for (const [term, n] of c.variants) variants[i]!.set(term, (variants[i]!.get(term) ?? 0) + n);
      });
      kwic.add(result.document, mentions);
    },
    /** A partial's terms line: only the terms (its document's counts come on a line of their own). */
    addTerms(result: DocumentResult): void {
      terms.add(result);
    },
    finish(run: RunFacts): ReportData {
      const totalsColumns = ["concept", "label", "mentions", "documents", "per_1k_tokens"];
      const distribution = concepts.flatMap((c, i) => {
        const h = histogram[i]!;
        const max = Math.max(0, ...h.keys());
        return Array.from({ length: max + 1 }, (_, k) => ({ concept: c.id, label: c.label, count: k, documents: h.get(k) ?? 0 }));
      });
      const fields = groupColumns(options.by);
      const groupRows = grouped?.finish();
      const groupTable = groupRows && { columns: [...fields, "concept", "label", "count", "per_1k_tokens"], rows: [] as Row[] };
      const groups = groupTable && { ...groupTable, rows: pick(groupRows!, groupTable.columns) };
      const dated = options.by.length === 1 && options.by[0]!.period !== undefined;
      const timeline = groups && dated ? { ...groups, rows: groups.rows.filter((r) => r[fields[0]!] !== NONE && r[fields[0]!] !== INVALID) } : undefined;
      return {
        run,
        concepts,
        documents,
        chars,
        tokens,
        totals: { columns: totalsColumns, rows: pick(summary.finish(), totalsColumns) },
        distribution: { columns: ["concept", "label", "count", "documents"], rows: distribution },
        ...(groups ? { groups } : {}),
        groupFields: fields,
        ...(timeline ? { timeline, timelinePeriod: options.by[0]!.period! } : {}),
        cooccur: { columns: cooccur.columns, rows: cooccur.finish() },
        variants: {
          columns: ["concept", "label", "variant", "count"],
          rows: concepts.flatMap((c, i) => sortTally(variants[i]!).map(([variant, count]) => ({ concept: c.id, label: c.label, variant, count }))),
        },
        terms: { columns: terms.columns, rows: terms.finish() },
        kwic: kwic.sample(),
        notes: grouped?.notes() ?? [],
      };
    },
  };
}

export type ReportDataBuilder = ReturnType<typeof createReportData>;

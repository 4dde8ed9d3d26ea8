import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Row } from "../report/row.js";
import type { ChartTable, ReportData } from "./report-data.js";

/**
 * The report's charts as static SVG, drawn at report time with Observable Plot on a
 * server-side DOM (linkedom): the page shows them without running any script. Each chart
 * draws exactly the rows of its table (the page's "download CSV"); hovering a mark shows
 * its numbers (SVG <title>). Loaded only by `kouka report` (its own bundle chunk).
 */

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly table: ChartTable;
  readonly svg: string;
}

type PlotOptions = Parameters<typeof Plot.plot>[0];

export function renderCharts(data: ReportData): Chart[] {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const draw = (options: PlotOptions): string => {
    const svg = Plot.plot({ ...options, document } as PlotOptions) as unknown as { outerHTML: string };
    return svg.outerHTML;
  };
  const name = conceptNames(data);
  const colour = { domain: data.concepts.map((c) => name(c.id)), range: OKABE_ITO };
  const charts: Chart[] = [];
  const n = (v: Row[string] | undefined): number => Number(v);

  {
    const rows = data.totals.rows;
    charts.push({
      id: "totals",
      title: "概念ごとの言及数 Mentions per concept",
      description: "Bars: mentions over all documents; label: mentions per 1,000 word tokens.",
      table: data.totals,
      svg: draw({
        width: 720,
        height: 60 + 36 * rows.length,
        marginLeft: 190,
        marginRight: 230,
        x: { label: "言及数 mentions →", grid: true },
        y: { label: null, domain: rows.map((r) => name(String(r["concept"]))) },
        color: colour,
        marks: [
          Plot.barX(rows, { y: (r: Row) => name(String(r["concept"])), x: (r: Row) => n(r["mentions"]), fill: (r: Row) => name(String(r["concept"])), title: (r: Row) => `${name(String(r["concept"]))}\nmentions: ${r["mentions"]}\ndocuments: ${r["documents"]}\nper 1k tokens: ${r["per_1k_tokens"]}` }),
          Plot.text(rows, { y: (r: Row) => name(String(r["concept"])), x: (r: Row) => n(r["mentions"]), text: (r: Row) => `${r["mentions"]} (${r["per_1k_tokens"]} per 1k tokens, ${r["documents"]} docs)`, textAnchor: "start", dx: 4 }),
          Plot.ruleX([0]),
        ],
      }),
    });
  }

  if (data.timeline && data.timeline.rows.length > 0) {
    const field = data.groupFields[0]!;
    const rows = data.timeline.rows;
    const when = (r: Row): Date => periodDate(String(r[field]));
    for (const [id, key, label] of [
      ["timeline", "count", "↑ 言及数 mentions"],
      ["timeline-per-1k", "per_1k_tokens", "↑ 1,000語あたり per 1k tokens"],
    ] as const) {
      charts.push({
        id,
        title: key === "count" ? `期間ごとの言及数 Mentions per period (${field})` : `期間ごとの1,000語あたり言及数 Mentions per 1,000 tokens per period (${field})`,
        description: "One panel per concept, all on the same y axis; periods without documents are zero.",
        table: data.timeline,
        svg: draw({
          width: 720,
          height: 40 + 140 * data.concepts.length,
          marginLeft: 60,
          marginRight: 200,
          marginBottom: 45,
          x: { label: `期間 period (${field}) →`, type: "utc", labelOffset: 38, ...timeTicks(data.timelinePeriod, new Set(rows.map((r) => r[field])).size) },
          y: { label, grid: true, zero: true },
          fy: { label: null, domain: data.concepts.map((c) => name(c.id)), padding: 0.12 },
          color: colour,
          marks: [
            Plot.lineY(rows, { x: when, y: (r: Row) => n(r[key]), fy: (r: Row) => name(String(r["concept"])), stroke: (r: Row) => name(String(r["concept"])), strokeWidth: 2 }),
            Plot.dot(rows, { x: when, y: (r: Row) => n(r[key]), fy: (r: Row) => name(String(r["concept"])), fill: (r: Row) => name(String(r["concept"])), r: 3, title: (r: Row) => `${name(String(r["concept"]))}\n${r[field]}: ${r["count"]} mentions, ${r["per_1k_tokens"]} per 1k tokens` }),
            Plot.ruleY([0]),
          ],
        }),
      });
    }
  }

  if (data.groups && data.groups.rows.length > 0) {
    const fields = data.groupFields;
    const group = (r: Row): string => fields.map((f) => String(r[f])).join(" / ");
    const rows = data.groups.rows;
    const groups = [...new Set(rows.map(group))];
    charts.push({
      id: "heatmap",
      title: `概念 × グループ Concept × group (${fields.join(", ")})`,
      description: "Colour: mentions per 1,000 word tokens in the group; number: mentions.",
      table: data.groups,
      svg: draw({
        width: Math.max(480, Math.min(1400, 200 + 56 * groups.length)),
        height: 120 + 44 * data.concepts.length,
        marginLeft: 190,
        marginBottom: 80,
        x: { label: fields.join(" / "), domain: groups, tickRotate: groups.length > 8 ? -45 : 0 },
        y: { label: null, domain: data.concepts.map((c) => name(c.id)) },
        color: { type: "quantize", n: 6, scheme: "blues", legend: true, label: "1,000語あたり per 1k tokens", zero: true },
        marks: [
          Plot.cell(rows, { x: group, y: (r: Row) => name(String(r["concept"])), fill: (r: Row) => n(r["per_1k_tokens"]), inset: 0.5, title: (r: Row) => `${name(String(r["concept"]))}\n${group(r)}: ${r["count"]} mentions, ${r["per_1k_tokens"]} per 1k tokens` }),
          Plot.text(rows, { x: group, y: (r: Row) => name(String(r["concept"])), text: (r: Row) => String(r["count"]), fill: (r: Row) => contrast(n(r["per_1k_tokens"]), rows.map((x) => n(x["per_1k_tokens"]))) }),
        ],
      }),
    });
  }

  {
    const rows = data.distribution.rows;
    charts.push({
      id: "distribution",
      title: "文書ごとの言及数の分布 Distribution of mentions over documents",
      description: "For each concept, how many documents mention it exactly k times (k = 0 included).",
      table: data.distribution,
      svg: draw({
        width: 720,
        height: 40 + 130 * data.concepts.length,
        marginLeft: 60,
        marginRight: 200,
        marginBottom: 45,
        x: { label: "1文書あたりの言及数 mentions in a document →", type: "band", labelOffset: 38 },
        y: { label: "↑ 文書数 documents", grid: true },
        fy: { label: null, domain: data.concepts.map((c) => name(c.id)), padding: 0.12 },
        color: colour,
        marks: [
          Plot.barY(rows, { x: (r: Row) => n(r["count"]), y: (r: Row) => n(r["documents"]), fy: (r: Row) => name(String(r["concept"])), fill: (r: Row) => name(String(r["concept"])), title: (r: Row) => `${name(String(r["concept"]))}\n${r["count"]} mentions: ${r["documents"]} documents` }),
          Plot.ruleY([0]),
        ],
      }),
    });
  }

  {
    const rows = data.cooccur.rows;
    charts.push({
      id: "cooccur",
      title: "共起 Co-occurrence of concepts",
      description: "Colour: Jaccard over documents; numbers: documents / sentences mentioning both.",
      table: data.cooccur,
      svg: draw({
        width: 640,
        height: 100 + 50 * Math.max(1, data.concepts.length - 1),
        marginLeft: 190,
        marginBottom: 60,
        x: { label: null, domain: data.concepts.map((c) => name(c.id)), axis: "top" },
        y: { label: null, domain: data.concepts.map((c) => name(c.id)) },
        color: { type: "quantize", n: 5, scheme: "blues", legend: true, label: "Jaccard (documents)", domain: [0, 1] },
        marks: [
          Plot.cell(rows, { x: (r: Row) => name(String(r["concept_b"])), y: (r: Row) => name(String(r["concept_a"])), fill: (r: Row) => n(r["jaccard"]), inset: 0.5, title: (r: Row) => `${name(String(r["concept_a"]))} + ${name(String(r["concept_b"]))}\ndocuments: ${r["documents"]}\nsentences: ${r["sentences"]}\nJaccard: ${r["jaccard"]}` }),
          Plot.text(rows, { x: (r: Row) => name(String(r["concept_b"])), y: (r: Row) => name(String(r["concept_a"])), text: (r: Row) => `${r["documents"]} docs / ${r["sentences"]} sent.`, fill: (r: Row) => (n(r["jaccard"]) > 0.6 ? "white" : "black") }),
        ],
      }),
    });
  }

  if (data.variants.rows.length > 0) {
    const rows = data.variants.rows;
    // One bar per concept and variant, grouped by concept (facets would share every variant's row).
    const key = (r: Row): string => `${r["variant"]}（${r["concept"]}）`;
    charts.push({
      id: "variants",
      title: "一致した表現 Matched variants per concept",
      description: "How often each dictionary variant matched, over all documents; colour: concept.",
      table: data.variants,
      svg: draw({
        width: 720,
        height: 70 + 20 * Math.max(1, rows.length),
        marginLeft: 260,
        marginRight: 60,
        x: { label: "言及数 mentions →", grid: true },
        y: { label: null, domain: rows.map(key) },
        color: { ...colour, legend: true },
        marks: [
          Plot.barX(rows, { y: key, x: (r: Row) => n(r["count"]), fill: (r: Row) => name(String(r["concept"])), title: (r: Row) => `${name(String(r["concept"]))}\n${r["variant"]}: ${r["count"]}` }),
          Plot.text(rows, { y: key, x: (r: Row) => n(r["count"]), text: (r: Row) => String(r["count"]), textAnchor: "start", dx: 3 }),
          Plot.ruleX([0]),
        ],
      }),
    });
  }

  // No terms asked for (--top 0): no chart.
  if (data.terms.rows.length > 0) {
    const rows = data.terms.rows;
    charts.push({
      id: "terms",
      title: "上位の複合語 Top compound terms (FLR)",
      description: "The corpus's own compound nouns ranked by FLR (kouka terms); bar: score.",
      table: data.terms,
      svg: draw({
        width: 720,
        height: 60 + 20 * Math.max(1, rows.length),
        marginLeft: 220,
        marginRight: 60,
        x: { label: "FLR score →", grid: true },
        y: { label: null, domain: rows.map((r) => String(r["term"])) },
        marks: [
          Plot.barX(rows, { y: (r: Row) => String(r["term"]), x: (r: Row) => n(r["score"]), fill: OKABE_ITO[0]!, title: (r: Row) => `${r["rank"]}. ${r["term"]}\nscore: ${r["score"]}\nfrequency: ${r["frequency"]}\ndocuments: ${r["documents"]}${r["concept"] ? `\nconcept: ${r["concept"]}` : ""}` }),
          Plot.ruleX([0]),
        ],
      }),
    });
  }
  return charts;
}

/** `規模の経済 (scale)`: the dictionary's Japanese label and its English id. */
export function conceptNames(data: Pick<ReportData, "concepts">): (id: string) => string {
  const names = new Map(data.concepts.map((c) => [c.id, c.label === c.id ? c.id : `${c.label} (${c.id})`]));
  return (id) => names.get(id) ?? id;
}

/** A period label (`2024`, `2024-03`, `2024-03-05`) as the UTC instant it starts at. */
function periodDate(label: string): Date {
  const [y = "1970", m = "1", d = "1"] = label.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Ticks on period boundaries: months for monthly data (years once there are many), years for yearly. */
function timeTicks(period: ReportData["timelinePeriod"], periods: number): { ticks?: string } {
  if (period === "year" || (period === "month" && periods > 24)) return { ticks: "year" };
  if (period === "month" || (period === "day" && periods > 60)) return { ticks: "month" };
  return {};
}

/** White text on the darker cells of a sequential scale. */
function contrast(value: number, all: readonly number[]): string {
  const max = Math.max(0, ...all);
  return max > 0 && value / max > 0.6 ? "white" : "black";
}

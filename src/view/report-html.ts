import { createFormatter } from "../format/format-rows.js";
import type { Chart } from "./render-charts.js";
import type { ChartTable, ReportData } from "./report-data.js";

/** The system's Japanese fonts: the page loads none. */
export const FONT_STACK = `"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** A chart's table as kouka's CSV (the same writer as every report). */
export function tableCsv(table: ChartTable): string {
  const formatter = createFormatter({ format: "csv", columns: table.columns, bom: false });
  return formatter.header + formatter.format(table.rows);
}

/**
 * The whole report as one HTML file: charts inline as SVG, each chart's data as a
 * download (a data: URL of its CSV, so even downloads need no script), the KWIC table,
 * and a few lines of script for filtering, sorting and saving the table. Nothing is
 * fetched: no fonts, styles or scripts from anywhere.
 */
export function reportHtml(data: ReportData, charts: readonly Chart[]): string {
  const run = data.run;
  const summary: [string, string][] = [
    ["入力 Inputs", run.inputs.length === 0 ? "standard input" : run.inputs.map((i) => (i === "-" ? "- (standard input)" : i)).join(", ")],
    ["文書 Documents", String(data.documents)],
    ["エラー Errors", `${run.errors}${run.errors > 0 ? " (named on standard error when the report was made)" : ""}`],
    ["辞書 Dictionaries", run.dictionaries.join(", ")],
    ["文字数・語数 Characters, word tokens", `${data.chars} / ${data.tokens}`],
    ...(run.by === undefined ? [] : ([["グループ Grouped by", run.by]] as [string, string][])),
    ["kouka", run.version],
    ["作成日時 Made", run.date],
  ];
  const chartHtml = charts.map(chartSection).join("\n");
  const notes = data.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("");
  const grouped = data.groups === undefined ? `<p class="note">No groups: <code>kouka report --by date:month …</code> adds time series and a concept × group heatmap.</p>` : "";
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kouka ${escapeHtml(run.version)}">
<title>kouka report — ${data.documents} documents</title>
<style>
body { font-family: ${FONT_STACK}; margin: 1.5rem auto; max-width: 1100px; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
figure { margin: 1rem 0 2rem; } figure svg { font-family: inherit; font-size: 12px; max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; color: #444; } figcaption .download { margin-left: 0.6rem; }
table { border-collapse: collapse; font-size: 0.85rem; } th, td { border-bottom: 1px solid #e2e2e2; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; } dl.run dt { font-weight: bold; } dl.run dd { margin: 0; }
#kwic th { cursor: pointer; user-select: none; background: #f4f4f4; position: sticky; top: 0; } #kwic td.left { text-align: right; } #kwic td.match { font-weight: bold; color: #0072B2; }
#kwic td.where { font-family: ui-monospace, monospace; white-space: nowrap; } .note { color: #555; font-size: 0.9rem; } input[type=search] { font: inherit; padding: 0.2rem 0.4rem; width: 22rem; }
</style>
</head>
<body>
<h1>kouka report <span lang="en">— economic concepts in ${data.documents} documents</span></h1>
<section id="run"><h2>実行の概要 Run summary</h2><dl class="run">${summary.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>${notes}${grouped}</section>
${chartHtml}
${kwicSection(data)}
<script>
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

function chartSection(chart: Chart): string {
  const csv = tableCsv(chart.table);
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return `<section class="chart" id="${chart.id}"><h2>${escapeHtml(chart.title)}</h2>
<figure data-chart="${chart.id}">${chart.svg}
<figcaption>${escapeHtml(chart.description)} <a class="download" download="kouka-${chart.id}.csv" href="${href}">download CSV</a> (${chart.table.rows.length} rows)</figcaption></figure></section>`;
}

function kwicSection(data: ReportData): string {
  const { kwic } = data;
  const by = new Map(data.concepts.map((c) => [c.id, c.label]));
  const rows = kwic.rows
    .map(
      (r) =>
        `<tr><td class="where">${escapeHtml(`${r.document}:${r.line}:${r.column}`)}</td><td>${escapeHtml(r.concept)}</td><td>${escapeHtml(by.get(r.concept) ?? "")}</td><td class="left">${escapeHtml(r.left)}</td><td class="match">${escapeHtml(r.matched)}</td><td>${escapeHtml(r.right)}</td><td>${escapeHtml(r.term)}</td></tr>`,
    )
    .join("\n");
  const note = data.run.fromPartials
    ? `Made from partials, which keep counts, not the mentions themselves: <code>kouka mentions</code> over the documents lists them.`
    : kwic.sampled
    ? `A sample: ${kwic.rows.length} of ${kwic.total} mentions (at most the same number per concept, chosen by a hash of their place, so the same on every run). Every row: <code>kouka mentions ${escapeHtml(data.run.inputs.join(" ") || "-")}</code>`
    : `All ${kwic.total} mentions. The same rows as CSV: <code>kouka mentions ${escapeHtml(data.run.inputs.join(" ") || "-")}</code>`;
  return `<section id="kwic-section"><h2>用例 KWIC (mentions in context)</h2>
<p class="note" id="kwic-note" data-sampled="${kwic.sampled}">${note}</p>
<p><input type="search" id="kwic-filter" placeholder="絞り込み filter (document, concept, text)…" aria-label="filter the mentions"> <span id="kwic-count">${kwic.rows.length} rows</span> <a href="#" id="kwic-download" download="kouka-kwic.csv">download CSV</a> (the rows shown)</p>
<table id="kwic"><thead><tr><th>document:line:column</th><th>concept</th><th>label</th><th>left</th><th>matched</th><th>right</th><th>term</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
}

/** Table filter, sort by a header click, and the visible rows as CSV. */
const PAGE_SCRIPT = `(() => {
  const table = document.getElementById("kwic"), body = table.tBodies[0], filter = document.getElementById("kwic-filter");
  const count = document.getElementById("kwic-count"), rows = Array.from(body.rows);
  filter.addEventListener("input", () => {
    const q = filter.value.trim().toLowerCase(); let shown = 0;
    for (const r of rows) { const hit = !q || r.textContent.toLowerCase().includes(q); r.hidden = !hit; if (hit) shown++; }
    count.textContent = shown + " rows";
  });
  const place = (t) => t.split(":").map((p, i, a) => i >= a.length - 2 ? p.padStart(9, "0") : p).join(":");
  table.tHead.addEventListener("click", (e) => {
    const th = e.target.closest("th"); if (!th) return;
    const col = th.cellIndex, dir = th.dataset.dir === "asc" ? "desc" : "asc";
    for (const h of table.tHead.rows[0].cells) delete h.dataset.dir;
    th.dataset.dir = dir;
    const key = (r) => col === 0 ? place(r.cells[0].textContent) : r.cells[col].textContent;
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (dir === "asc" ? 1 : -1));
    body.append(...rows);
  });
  document.getElementById("kwic-download").addEventListener("click", (e) => {
    const cell = (s) => /[",\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    const lines = [Array.from(table.tHead.rows[0].cells, (c) => cell(c.textContent)).join(",")];
    for (const r of rows) if (!r.hidden) lines.push(Array.from(r.cells, (c) => cell(c.textContent)).join(","));
    e.currentTarget.href = URL.createObjectURL(new Blob([lines.join("\\n") + "\\n"], { type: "text/csv" }));
  });
})();`;

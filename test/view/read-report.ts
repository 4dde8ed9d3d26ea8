/** Reads back what a report page holds, for tests: each chart's CSV, the KWIC rows. */

/** RFC 4180 CSV (as kouka writes it) into records by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += ch;
  }
  if (cell !== "" || row.length > 0) row.push(cell), rows.push(row);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

/** Chart id → the CSV its "download CSV" link holds. */
export function chartCsvs(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<a class="download" download="kouka-([a-z0-9-]+)\.csv" href="data:text\/csv;charset=utf-8,([^"]*)"/g)) {
    out.set(m[1]!, decodeURIComponent(m[2]!));
  }
  return out;
}

/** The `document:line:column` cells of the KWIC table. */
export function kwicPlaces(html: string): string[] {
  const body = html.slice(html.indexOf('<table id="kwic">'));
  return [...body.matchAll(/<tr><td class="where">([^<]*)<\/td>/g)].map((m) => unescapeHtml(m[1]!));
}

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
}

/** One line of the results table; every cell is already formatted. */
export interface Row {
  readonly metric: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly pass: "pass" | "FAIL" | "info";
}

const HEADER: Row = { metric: "metric", measured: "measured", baseline: "baseline", ratio: "ratio", target: "target", pass: "info" };
const COLUMNS = ["metric", "measured", "baseline", "ratio", "target", "pass"] as const;

const cells = (row: Row, header = false): string[] => COLUMNS.map((c) => (header && c === "pass" ? "pass" : row[c]));

export function renderText(rows: readonly Row[]): string {
  const all = [cells(HEADER, true), ...rows.map((r) => cells(r))];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((line) => [...line[i]!].length)));
  const line = (values: string[]) => values.map((v, i) => v + " ".repeat(widths[i]! - [...v].length)).join("  ").trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}

export function renderMarkdown(rows: readonly Row[]): string {
  const line = (values: string[]) => `| ${values.map((v) => v.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(cells(HEADER, true)), line(COLUMNS.map(() => "---")), ...rows.map((r) => line(cells(r)))].join("\n");
}

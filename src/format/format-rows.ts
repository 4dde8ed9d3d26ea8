import { stringify } from "csv-stringify/sync";
import type { Row, TermCounts } from "../report/row.js";
import { escapeFormula } from "./escape-formula.js";
import { TsvBytes } from "./tsv-bytes.js";

export type OutputFormat = "csv" | "tsv" | "jsonl";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["csv", "tsv", "jsonl"];

export interface FormatOptions {
  readonly format: OutputFormat;
  readonly columns: readonly string[];
  /** A UTF-8 byte-order mark first, so Excel on Japanese Windows reads UTF-8 (csv and tsv). */
  readonly bom: boolean;
  /** A leading `'` on cells starting with = + - @ (CSV injection); csv and tsv only. */
  readonly excelSafe?: boolean;
}

/** Turns rows into text; the same rows always give the same bytes. */
export interface RowFormatter {
  /** The BOM and header line (empty for JSONL). */
  readonly header: string;
  format(rows: readonly Row[]): string;
  /** The same as UTF-8, which is what a report writes (TSV is made as bytes in the first place). */
  encode(rows: readonly Row[]): Uint8Array;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A formatter of text whose bytes are that text encoded. */
function ofText(header: string, format: (rows: readonly Row[]) => string): RowFormatter {
  return { header, format, encode: (rows) => utf8.encode(format(rows)) };
}

type Cell = Row[string] | undefined;

/** A list cell as text: `規模の効果:3;規模の経済:1`. */
function listText(list: TermCounts): string {
  return list.map(({ term, count }) => `${term}:${count}`).join(";");
}

function cellText(value: Cell, excelSafe: boolean): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = typeof value === "string" ? value : listText(value);
  return excelSafe ? escapeFormula(text) : text;
}

const CSV_OPTIONS = {
  record_delimiter: "\n",
  // csv-stringify quotes a cell holding a comma, a quote or LF; a bare CR must be quoted too,
  // or a reader sees two rows (RFC 4180: CR and LF are both line-break characters).
  quoted_match: /\r/,
} as const;

export function createFormatter(options: FormatOptions): RowFormatter {
  const { columns } = options;
  const excelSafe = options.excelSafe === true;
  if (options.format === "jsonl") {
    return ofText("", (rows) => rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))) + "\n").join(""));
  }
  const bom = options.bom ? "\ufeff" : "";
  if (options.format === "tsv") {
    const tsv = new TsvBytes();
    const cell = (value: Cell): void => {
      if (typeof value === "number") tsv.number(value);
      else if (value !== undefined) tsv.text(cellText(value, excelSafe));
    };
    const encode = (rows: readonly Row[]): Uint8Array => {
      for (const r of rows) {
        cell(r[columns[0]!]);
        for (let i = 1; i < columns.length; i++) {
          tsv.tab();
          cell(r[columns[i]!]);
        }
        tsv.newline();
      }
      return tsv.take();
    };
    // The header is the row whose every cell is its column's name.
    return { header: bom + fromUtf8.decode(encode([Object.fromEntries(columns.map((c) => [c, c]))])), format: (rows) => fromUtf8.decode(encode(rows)), encode };
  }
  const cells = (rows: readonly (readonly Cell[])[]): string[][] => rows.map((r) => r.map((v) => cellText(v, excelSafe)));
  const write = (rows: readonly (readonly Cell[])[]): string => (rows.length === 0 ? "" : stringify(cells(rows), CSV_OPTIONS));
  return ofText(bom + write([columns]), (rows) => write(rows.map((r) => columns.map((c) => r[c]))));
}

import { stringify } from "csv-stringify/sync";
import type { Row } from "../report/row.js";

export type OutputFormat = "csv" | "tsv" | "jsonl";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["csv", "tsv", "jsonl"];

export interface FormatOptions {
  readonly format: OutputFormat;
  readonly columns: readonly string[];
  /** A UTF-8 byte-order mark first, so Excel on Japanese Windows reads UTF-8 (csv and tsv). */
  readonly bom: boolean;
}

/** Turns rows into text; the same rows always give the same bytes. */
export interface RowFormatter {
  /** The BOM and header line (empty for JSONL). */
  readonly header: string;
  format(rows: readonly Row[]): string;
}

export function createFormatter(options: FormatOptions): RowFormatter {
  const { columns } = options;
  if (options.format === "jsonl") {
    return {
      header: "",
      format: (rows) => rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))) + "\n").join(""),
    };
  }
  const csvOptions = {
    delimiter: options.format === "tsv" ? "\t" : ",",
    record_delimiter: "\n",
    // A cell starting with = + - @ would run as a formula in Excel (CSV injection).
    escape_formulas: true,
    cast: {
      // `-` alone is standard input's document name, not a formula.
      string: (value: string) => (value === "-" ? { value, escape_formulas: false } : value),
      number: (value: number) => String(value),
    },
  };
  return {
    header: (options.bom ? "\ufeff" : "") + stringify([columns as string[]], csvOptions),
    format: (rows) => (rows.length === 0 ? "" : stringify(rows.map((r) => columns.map((c) => r[c] ?? "")), csvOptions)),
  };
}

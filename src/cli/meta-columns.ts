import { KoukaError } from "../errors.js";
import type { Meta } from "../readers/read-document.js";
import type { Row } from "../report/row.js";

/**
 * `--meta a,b` adds columns a and b right after `document` (DESIGN.md "Input formats"),
 * in reports with one row per document or per part of one (analyze, --long, mentions,
 * tokens); reports without a `document` column are left as they are.
 */
export function withMetaColumns(columns: readonly string[], fields: readonly string[]): readonly string[] {
  if (fields.length === 0 || columns[0] !== "document") return columns;
  const clash = fields.find((f) => columns.includes(f));
  if (clash !== undefined) throw new KoukaError("USAGE", "--meta", `'${clash}' is already a column of this report`);
  return ["document", ...fields, ...columns.slice(1)];
}

/** The rows of one document with its meta values ("" where it has none: not a record, or a record without the field). */
export function* withMeta(rows: Iterable<Row>, fields: readonly string[], meta: Meta | undefined): Generator<Row> {
  const values: Record<string, string> = {};
  for (const field of fields) values[field] = meta?.[field] ?? "";
  for (const row of rows) yield { ...row, ...values };
}

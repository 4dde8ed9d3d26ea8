import { PieceTextBuilder, type PieceMapData } from "../text/piece-map.js";
import type { Meta, ReadItem } from "./read-document.js";
import type { RecordOptions } from "./record-options.js";
import { scanCsv, type CsvField } from "./scan-csv.js";

/**
 * One document per record of a CSV or TSV file with a header row (DESIGN.md "Input
 * formats"): the `textField` column holds the text, `idField` the id, `meta` fields are
 * copied. A header without the text column is one error for the file; a record without
 * its text, or that breaks the quoting, is an error at its line and the rest goes on.
 */
export function* readCsv(text: string, delimiter: "," | "\t", options: RecordOptions): Generator<ReadItem> {
  let header: string[] | undefined;
  let textAt = -1;
  let idAt = -1;
  for (const record of scanCsv(text, delimiter)) {
    if ("error" in record) {
      yield { kind: "error", line: record.line, message: record.error };
      continue;
    }
    if (!header) {
      header = record.fields.map((f) => f.value);
      textAt = header.indexOf(options.textField);
      idAt = header.indexOf(options.idField);
      if (textAt === -1) {
        yield { kind: "error", line: record.line, message: `no "${options.textField}" column (the header has ${header.map((h) => JSON.stringify(h)).join(", ")})` };
        return;
      }
      continue;
    }
    const field = record.fields[textAt];
    if (!field) {
      yield { kind: "error", line: record.line, message: `missing "${options.textField}" (the record has ${record.fields.length} of ${header.length} fields)` };
      continue;
    }
    const raw = text.slice(record.start, record.end);
    const id = idAt === -1 ? "" : (record.fields[idAt]?.value ?? "");
    const meta: Record<string, string> = {};
    header.forEach((name, k) => {
      if (k === textAt || (k === idAt && !options.meta.includes(name)) || name in meta) return;
      const value = record.fields[k]?.value;
      if (value !== undefined) meta[name] = value;
    });
    yield {
      kind: "document",
      line: record.line,
      document: {
        text: field.value,
        origin: { raw, line: record.line, map: fieldMap(text, field, record.start) },
        ...(id === "" ? {} : { key: id }),
        ...(Object.keys(meta).length > 0 ? { meta: meta as Meta } : {}),
      },
    };
  }
}

/** Each character of a field's value to its place in the record (a doubled quote stands for one). */
function fieldMap(text: string, field: CsvField, recordStart: number): PieceMapData {
  const out = new PieceTextBuilder();
  if (!field.quoted) {
    out.copy(field.value, field.start - recordStart);
    return out.finish().map;
  }
  let i = field.start + 1;
  const close = field.end - 1;
  while (i < close) {
    const q = text.indexOf('"', i);
    const stop = q === -1 || q >= close ? close : q;
    out.copy(text.slice(i, stop), i - recordStart);
    if (stop === close) break;
    out.insert('"', stop - recordStart, stop + 2 - recordStart);
    i = stop + 2;
  }
  return out.finish().map;
}

import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanCsv, type CsvRecord } from "../../src/readers/scan-csv.js";

const good = (records: CsvRecord[]) => records.map((r) => ("error" in r ? r : r.fields.map((f) => f.value)));

describe("scanCsv", () => {
  it("reads RFC 4180: quotes, doubled quotes, delimiters and line breaks in quotes, CRLF, LF and CR", () => {
    const text = 'a,b\r\n"x,1","say ""hi"""\r\n"two\r\nlines",\n3,4\r5,6';
    expect(good([...scanCsv(text, ",")])).toEqual([["a", "b"], ["x,1", 'say "hi"'], ["two\r\nlines", ""], ["3", "4"], ["5", "6"]]);
  });

  it("gives each record's first line and each field's span as written", () => {
    const text = 'id,text\n1,"規模の\n経済"\n\n2,範囲\u2028x\n3,y';
    const records = [...scanCsv(text, ",")].filter((r) => !("error" in r));
    // U+2028 inside a field is a line break too, as mentions count lines.
    expect(records.map((r) => ("line" in r ? r.line : 0))).toEqual([1, 2, 5, 7]);
    const field = (records[1] as Extract<CsvRecord, { fields: unknown }>).fields[1]!;
    expect(text.slice(field.start, field.end)).toBe('"規模の\n経済"');
  });

  it("skips blank lines, takes a stray quote inside a field as written, reads TSV", () => {
    expect(good([...scanCsv("a\n\n\nb\"c\n", ",")])).toEqual([["a"], ['b"c']]);
    expect(good([...scanCsv('a\tb\n"x\ty"\tz\n', "\t")])).toEqual([["a", "b"], ["x\ty", "z"]]);
  });

  it("makes a character after a closing quote an error at its line and goes on with the next line", () => {
    expect(good([...scanCsv('a\n"b"c,d\ne\n', ",")])).toEqual([["a"], { error: 'unexpected "c" after a closing quote', line: 2 }, ["e"]]);
  });

  it("makes a quote never closed one error at the line it opened", () => {
    expect(good([...scanCsv('a\n"b\nc\n', ",")])).toEqual([["a"], { error: "a quoted field is never closed", line: 2 }]);
  });

  it("agrees with csv-parse on any well-formed CSV", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "規", ",", '"', "\n", "\r\n", " ", "\t", "x") });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), (rows, eol) => {
        const quote = (v: string) => (/[",\r\n]/.test(v) || v === "" ? `"${v.replace(/"/g, '""')}"` : v);
        const text = rows.map((r) => r.map(quote).join(",")).join(eol);
        const expected = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
        expect(good([...scanCsv(text, ",")])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

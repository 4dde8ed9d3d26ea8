import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/format/format-rows.js";
import type { Row } from "../../src/report/row.js";
import { parseStrictCsv } from "../cli/strict-csv.js";

const columns = ["document", "count", "variants"];
const rows: Row[] = [
  { document: "a\rb.txt", count: 3, variants: [{ term: "規模の効果", count: 2 }, { term: "規模の経済", count: 1 }] },
  { document: 'q"u,o\nte', count: 0, variants: [] },
  { document: "tab\there\\back", count: 1, variants: [{ term: "x", count: 1 }] },
];

describe("CSV", () => {
  it("quotes a cell with a bare CR (the repro: a file name with CR read as two rows)", () => {
    const f = createFormatter({ format: "csv", columns, bom: false });
    const text = f.header + f.format(rows.slice(0, 1));
    expect(text).toBe('document,count,variants\n"a\rb.txt",3,規模の効果:2;規模の経済:1\n');
  });

  it("variant: CR LF, comma, quote and LF cells all quoted; a strict reader gets the cells back", () => {
    const f = createFormatter({ format: "csv", columns, bom: false });
    const odd: Row[] = ["\r\n", "a,b", 'say "hi"', "x\ny", "\r", "plain"].map((d) => ({ document: d, count: 1, variants: [] }));
    const parsed = parseStrictCsv(f.header + f.format(odd));
    expect(parsed.map((r) => r[0])).toEqual(["document", "\r\n", "a,b", 'say "hi"', "x\ny", "\r", "plain"]);
  });

  it("no formula escaping unless asked (=, +, -, @ kept as written)", () => {
    const f = createFormatter({ format: "csv", columns: ["document"], bom: false });
    expect(f.format([{ document: "=1+1" }, { document: "-x" }, { document: "@a" }, { document: "+b" }])).toBe("=1+1\n-x\n@a\n+b\n");
  });

  it("--excel-safe: a leading ' before = + - @ (ASCII and full width), tab and CR; '-' alone and numbers stay", () => {
    const f = createFormatter({ format: "csv", columns: ["document", "count"], bom: false, excelSafe: true });
    const out = f.format(["=1+1", "-x", "@a", "+b", "＝x", "\tx", "-", "a=b"].map((d) => ({ document: d, count: -1 })));
    expect(parseStrictCsv(out).map((r) => r[0])).toEqual(["'=1+1", "'-x", "'@a", "'+b", "'＝x", "'\tx", "-", "a=b"]);
    expect(parseStrictCsv(out).map((r) => r[1])).toEqual(Array(8).fill("-1"));
  });
});

describe("TSV", () => {
  it("escapes tab, LF, CR and backslash and never quotes", () => {
    const f = createFormatter({ format: "tsv", columns, bom: false });
    expect(f.header + f.format(rows)).toBe(
      "document\tcount\tvariants\n" +
        "a\\rb.txt\t3\t規模の効果:2;規模の経済:1\n" +
        'q"u,o\\nte\t0\t\n' +
        "tab\\there\\\\back\t1\tx:1\n",
    );
  });

  it("variant: every row is one line with as many cells as the header, whatever the text", () => {
    const f = createFormatter({ format: "tsv", columns: ["a", "b"], bom: true });
    const nasty = ["\t\t", "\\\\n", "\r\n\r", '"', "\u2028", ""];
    const out = f.header + f.format(nasty.map((a) => ({ a, b: a })));
    const lines = out.replace(/^\ufeff/, "").split("\n").slice(0, -1);
    expect(lines).toHaveLength(nasty.length + 1);
    for (const line of lines) expect(line.split("\t")).toHaveLength(2);
    const unescape = (s: string): string => s.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r", "\\": "\\" })[c]!);
    expect(lines.slice(1).map((l) => unescape(l.split("\t")[0]!))).toEqual(nasty);
  });

  it("--bom implies nothing here: excel-safe is the caller's switch (run-options sets it with --bom)", () => {
    const f = createFormatter({ format: "tsv", columns: ["a"], bom: true, excelSafe: true });
    expect(f.header + f.format([{ a: "=x\ty" }])).toBe("\ufeffa\n'=x\\ty\n");
  });
});

describe("JSONL", () => {
  it("lists as arrays of {term, count}, counts as numbers, no escaping of formulas", () => {
    const f = createFormatter({ format: "jsonl", columns, bom: false, excelSafe: true });
    const lines = f.format([...rows, { document: "=x", count: 1, variants: [] }]).trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
    expect(lines[0]).toEqual({ document: "a\rb.txt", count: 3, variants: [{ term: "規模の効果", count: 2 }, { term: "規模の経済", count: 1 }] });
    expect(lines[1]).toEqual({ document: 'q"u,o\nte', count: 0, variants: [] });
    expect(lines[3]).toEqual({ document: "=x", count: 1, variants: [] });
  });
});

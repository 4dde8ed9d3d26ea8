import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseStrictCsv } from "./strict-csv.js";
import { runKouka, SEED } from "./run-kouka.js";

// The three output formats end to end, on names and text that break naive writers.
vi.setConfig({ testTimeout: 180_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-fmt-"));
  mkdirSync(path.join(tmp, "names"));
  writeFileSync(path.join(tmp, "names", "cr\rname.txt"), "規模の経済\n");
  writeFileSync(path.join(tmp, "names", "tab\tand\\back.txt"), "範囲の経済\n");
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("CSV parses back to one row per document", () => {
  it("the repro: a file name with a bare CR is quoted", () => {
    const r = runKouka(["analyze", "names"], { cwd: tmp });
    expect(r.code).toBe(0);
    const rows = parseStrictCsv(r.stdout);
    expect(rows.map((row) => [row[0], row.length])).toEqual([
      ["document", 7],
      ["names/cr\rname.txt", 7],
      ["names/tab\tand\\back.txt", 7],
    ]);
  });

  it("variant: mentions context with CR inside (a lone CR line break) stays one row", () => {
    const r = runKouka(["mentions"], { input: "前の行\r規模の経済\r後の行" });
    const rows = parseStrictCsv(r.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1]![5]).toBe("規模の経済");
  });
});

describe("TSV never quotes and escapes \\t \\n \\r \\\\", () => {
  it("the repro: names with CR, tab and backslash", () => {
    const r = runKouka(["analyze", "-f", "tsv", "names"], { cwd: tmp });
    expect(r.stdout.split("\n").slice(1, 3).map((l) => l.split("\t")[0])).toEqual(["names/cr\\rname.txt", "names/tab\\tand\\\\back.txt"]);
    expect(r.stdout).not.toContain('"');
  });

  it("variant: mentions with a quote and a tab in the context come out unquoted, 8 cells a line", () => {
    const r = runKouka(["mentions", "-f", "tsv"], { input: '"規模の経済"と\t範囲の経済' });
    const lines = r.stdout.split("\n").slice(0, -1);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.split("\t")).toHaveLength(8);
    expect(lines[1]!.split("\t")[7]).toBe('"と\\t範囲の経済');
  });
});

describe("JSONL lists are arrays of {term, count}", () => {
  it("analyze --long -f jsonl: variants", () => {
    const r = runKouka(["analyze", "--long", "-f", "jsonl", SEED]);
    const scale = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)[0]!;
    expect(scale["variants"]).toEqual([
      { term: "規模の効果", count: 3 },
      { term: "スケール効果", count: 2 },
      { term: "規模のメリット", count: 1 },
      { term: "規模の経済", count: 1 },
    ]);
    expect(scale["count"]).toBe(7);
  });

  it("variant: analyze --summary -f jsonl: top_variants; an empty list is []", () => {
    const r = runKouka(["analyze", "--summary", "-f", "jsonl"], { input: "規模の経済と規模の経済。" });
    const rows = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((row) => [row["concept"], row["top_variants"]])).toEqual([
      ["scale", [{ term: "規模の経済", count: 2 }]],
      ["network", []],
      ["scope", []],
    ]);
  });
});

describe("--bom implies --excel-safe", () => {
  it("a BOM and escaped formulas; without either, the text as written", () => {
    const feed = '{"id":"=1+1","text":"規模の経済"}\n';
    const bom = runKouka(["analyze", "--bom", "--input-format", "jsonl"], { input: feed });
    expect(bom.stdout.startsWith("\ufeffdocument,")).toBe(true);
    expect(bom.stdout.split("\n")[1]!.startsWith("'=1+1,")).toBe(true);
    const plain = runKouka(["analyze", "--input-format", "jsonl"], { input: feed });
    expect(plain.stdout.split("\n")[1]!.startsWith("=1+1,")).toBe(true);
  });
});

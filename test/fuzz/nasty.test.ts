import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runKouka } from "../cli/run-kouka.js";
import { buildNastyCorpus } from "./nasty-corpus.js";
import { expectCommandsAgree, expectOneEach, expectSane, parseReport, runTwice, WIDE_HEADER } from "./contract.js";

// The nasty corpus (nasty-corpus.ts) through every command and format of the built CLI.
vi.setConfig({ testTimeout: 600_000 });

let tmp: string;
let corpus: ReturnType<typeof buildNastyCorpus>;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-nasty-"));
  corpus = buildNastyCorpus(tmp);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("fuzz: the nasty corpus", () => {
  it("text files: one row or one named error each; analyze, --long and mentions agree; deterministic", () => {
    const rows = expectCommandsAgree(["text"], { cwd: tmp }, "nasty text");
    const messages = expectSane(runKouka(["analyze", "text"], { cwd: tmp }), "nasty text");
    expectOneEach(corpus.textInputs, rows, messages, "nasty text");
  });

  it("JSONL files: rows + errors = non-blank lines, each error names PATH:LINE; the commands agree", () => {
    const files = corpus.jsonlFiles.filter((f) => f !== "jsonl/bad-bytes-line.jsonl");
    const rows = expectCommandsAgree(files, { cwd: tmp }, "nasty jsonl");
    const messages = expectSane(runKouka(["analyze", ...files], { cwd: tmp }), "nasty jsonl");
    for (const m of messages) expect(m).toMatch(/^kouka: jsonl\/[^:]+\.jsonl:\d+: /);
    expect(rows.length + messages.length).toBe(corpus.jsonlLines - 3);
  });

  // Issue 19 item 5 (per-line decoding of JSONL) belongs to the input readers' work; until it
  // lands, one undecodable line costs the whole file. Remove `.fails` when this passes.
  it("a JSONL line with invalid bytes is one error naming PATH:2; the other two lines are rows", () => {
    const r = runKouka(["analyze", "jsonl/bad-bytes-line.jsonl"], { cwd: tmp });
    expect(expectSane(r, "bad bytes")).toEqual([expect.stringMatching(/^kouka: jsonl\/bad-bytes-line\.jsonl:2: /)]);
    expect(parseReport(r.stdout, WIDE_HEADER, "bad bytes")).toHaveLength(2);
  });

  it("tokens and terms: parseable, with their documented headers, deterministic", () => {
    const tokens = runTwice(["tokens", "text"], { cwd: tmp }, "nasty tokens");
    expectSane(tokens, "nasty tokens");
    const tokenRows = parseReport(tokens.stdout, ["document", "sentence", "index", "surface", "pos", "pos_detail_1", "basic_form", "reading", "start", "end"], "tokens");
    expect(tokenRows.length).toBeGreaterThan(1000);
    const terms = runTwice(["terms", "text", "jsonl"], { cwd: tmp }, "nasty terms");
    expectSane(terms, "nasty terms");
    parseReport(terms.stdout, ["rank", "term", "score", "frequency", "documents", "concept"], "terms");
  });

  it("TSV: one line per row, as many cells as the header, no quoting; JSONL: one object per line", () => {
    const tsv = runKouka(["mentions", "-f", "tsv", "text"], { cwd: tmp });
    expectSane(tsv, "nasty tsv");
    const lines = tsv.stdout.split("\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) expect(line.split("\t"), JSON.stringify(line)).toHaveLength(8);
    expect(tsv.stdout).not.toMatch(/\r/);
    const csvMentions = runKouka(["mentions", "text"], { cwd: tmp });
    expect(lines.length).toBe(parseReport(csvMentions.stdout, lines[0]!.split("\t"), "csv mentions").length + 1);

    const jsonl = runKouka(["analyze", "--long", "-f", "jsonl", "text", "jsonl"], { cwd: tmp });
    expectSane(jsonl, "nasty jsonl output");
    for (const line of jsonl.stdout.split("\n").filter((l) => l !== "")) {
      const row = JSON.parse(line) as { count: unknown; variants: unknown };
      expect(typeof row.count).toBe("number");
      expect(Array.isArray(row.variants)).toBe(true);
    }
  });

  it("--excel-safe: no cell of the report starts with = + - @ except '-' (standard input)", () => {
    const r = runKouka(["mentions", "--excel-safe", ".", "=formula().txt", "@at.txt", "--", "-dash.txt"], { cwd: path.join(tmp, "text") });
    const rows = parseReport(r.stdout, ["document", "line", "column", "concept", "term", "matched", "left", "right"], "excel-safe");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell === "-" || !/^[=+\-@\t\r]/.test(cell), cell).toBe(true);
    const documents = new Set(rows.map((row) => row["document"]));
    expect(["'=formula().txt", "'@at.txt", "'-dash.txt"].filter((d) => documents.has(d))).toEqual(["'=formula().txt", "'@at.txt", "'-dash.txt"]);
  });
});

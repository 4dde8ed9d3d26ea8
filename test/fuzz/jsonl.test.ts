import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runKouka } from "../cli/run-kouka.js";
import { jsonlLine, lineEnd } from "./arbitraries.js";
import { expectCommandsAgree, expectSane, fcOptions } from "./contract.js";

// Generated JSONL files, each a mix of good records, odd ones and garbage lines.
vi.setConfig({ testTimeout: 600_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-fuzz-jsonl-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

let run = 0;
describe("fuzz: JSONL records", () => {
  it("each non-blank line is one row or one error naming PATH:LINE; the commands agree; deterministic", () => {
    fc.assert(
      fc.property(fc.array(fc.array(jsonlLine, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }), lineEnd, (files, eol) => {
        const dir = path.join(tmp, `run${run++}`);
        mkdirSync(path.join(dir, "in"), { recursive: true });
        const names = files.map((lines, i) => {
          const name = `in/f${i}.jsonl`;
          writeFileSync(path.join(dir, name), lines.join(eol) + eol);
          return name;
        });
        const what = `jsonl ${JSON.stringify(files)}`;
        const rows = expectCommandsAgree(["in"], { cwd: dir }, what);
        const messages = expectSane(runKouka(["analyze", "in"], { cwd: dir }), what);
        const blank = (l: string): boolean => l.trim() === "" || l === "\ufeff";
        const expected = files.reduce((n, lines) => n + lines.filter((l) => !l.split(/\r?\n/).every(blank)).length, 0);
        // Lines of generated text may themselves hold line breaks: count physical lines instead when they do.
        const physical = files.reduce((n, lines) => n + lines.join(eol).split(/\r?\n|\r/).filter((l) => !blank(l)).length, 0);
        expect([expected, physical], what).toContain(rows.length + messages.length);
        for (const m of messages) expect(names.some((n) => m.startsWith(`kouka: ${n}:`)), `${what}: ${m} names its file and line`).toBe(true);
        const lineRefs = messages.map((m) => /^kouka: (\S+?:\d+): /.exec(m)?.[1]);
        expect(lineRefs.every((ref) => ref !== undefined), `${what}: every error names PATH:LINE`).toBe(true);
        expect(new Set(lineRefs).size, `${what}: one error per line`).toBe(lineRefs.length);
      }),
      fcOptions,
    );
  });

  it("JSONL on standard input: rows + errors = records, and -f jsonl output parses line by line", () => {
    fc.assert(
      fc.property(fc.array(jsonlLine, { minLength: 1, maxLength: 20 }), (lines) => {
        const input = lines.filter((l) => !/[\r\n\u2028\u2029]/.test(l)).join("\n") + "\n";
        const r = runKouka(["analyze", "--input-format", "jsonl", "-f", "jsonl"], { input });
        const messages = expectSane(r, `stdin ${JSON.stringify(input)}`);
        const out = r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
        const records = input.split("\n").filter((l) => l.trim() !== "" && l !== "\ufeff").length;
        expect(out.length + messages.length, JSON.stringify(input)).toBe(records);
        for (const row of out) expect(typeof row["chars"]).toBe("number");
        expect(r.code).toBe(messages.length > 0 ? 1 : 0);
      }),
      fcOptions,
    );
  });
});

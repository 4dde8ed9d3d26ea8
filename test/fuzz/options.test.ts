import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runKouka, SEED } from "../cli/run-kouka.js";
import { expectSane, fcOptions } from "./contract.js";

// Option abuse: any mix of commands, options, values and paths ends in 0, 1 or 2 with kouka's messages.
vi.setConfig({ testTimeout: 600_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-fuzz-opt-"));
  writeFileSync(path.join(tmp, "a.txt"), "規模の経済とネットワーク効果。\n");
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const TOKENS = [
  "analyze", "mentions", "terms", "tokens", "dict", "check", "help", "--long", "--summary", "-f", "csv", "tsv", "jsonl", "xml",
  "--bom", "--excel-safe", "-o", "out.csv", "", "-j", "0", "1", "2", "-1", "1e9", "abc", "--encoding", "SJIS", "utf-16be",
  "latin1", "--width", "--top", "--concept", "scale", "nope", "--score", "cvalue", "-d", "default", ".", "--no-default-dict",
  "--no-clean", "-q", "--quiet", "-", "a.txt", SEED, "missing.txt", "--help", "-V", "--", "-x", "--input-format", "text",
  "a\nb", "=1+1",
];

describe("fuzz: option abuse", () => {
  it("any argv: exit 0, 1 or 2; no stack trace; kouka's message shape", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 7 }), (argv) => {
        const r = runKouka(argv, { cwd: tmp, input: "範囲の経済" });
        const messages = expectSane(r, `kouka ${JSON.stringify(argv)}`);
        if (r.code === 2) expect(messages.length, `kouka ${JSON.stringify(argv)}: exit 2 says why`).toBeGreaterThan(0);
      }),
      { ...fcOptions, numRuns: fcOptions.numRuns * 6 },
    );
  });
});

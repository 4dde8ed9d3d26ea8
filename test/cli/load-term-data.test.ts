import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runKouka, SEED } from "./run-kouka.js";

// src/cli/load-term-data.ts, end to end: the checked term rules are cached, and the cache
// never outlives an edit of a list file.
const tmp = mkdtempSync(path.join(tmpdir(), "kouka-term-data-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { XDG_CACHE_HOME: path.join(tmp, "xdg") };
const lists = path.join(tmp, "mine.yaml");
const terms = (): string[] => {
  const run = runKouka(["terms", "--term-list", lists, SEED], { env });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.split("\n").slice(1).map((line) => line.split(",")[1] ?? "");
};

describe("term data", () => {
  it("caches the checked rules, keyed by the files' text", () => {
    writeFileSync(lists, "stop: [補助金戦争]\n");
    const first = terms();
    expect(first).not.toContain("補助金戦争");
    expect(readdirSync(path.join(tmp, "xdg", "kouka")).filter((f) => f.startsWith("terms-"))).toHaveLength(1);
    expect(terms()).toEqual(first);
    writeFileSync(lists, "stop: []\n");
    expect(terms()).toContain("補助金戦争");
  });

  it("reports a bad list file with file:line even when rules were cached before", () => {
    writeFileSync(lists, "stop:\n  - [a]\n");
    const run = runKouka(["terms", "--term-list", lists, SEED], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kouka: ${lists}:2: each entry of stop must be a non-empty string`);
    expect(run.stdout).toBe("");
  });

  it("names a missing list file", () => {
    const run = runKouka(["terms", "--term-list", path.join(tmp, "none.yaml"), SEED], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("none.yaml: cannot read the term list: no such file");
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IN_PROCESS_UP_TO } from "../../src/cli/process-documents.js";
import { runKouka, SEED } from "./run-kouka.js";

// Worker threads through the built CLI: a thread that dies, and input too small for threads.
const dir = mkdtempSync(path.join(tmpdir(), "kouka-workers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = readFileSync(SEED, "utf8");

/** `count` documents of about `chars` characters each, in a folder of their own. */
function documents(name: string, count: number, chars: number): string[] {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  const text = seed.repeat(Math.max(1, Math.round(chars / seed.length)));
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(folder, `${String(i).padStart(2, "0")}.txt`);
    writeFileSync(file, text);
    return file;
  });
}

const rowsOf = (stdout: string): string[] => stdout.trim().split("\n").slice(1);
const DIES = "the worker thread analysing it stopped (exit code 3)";

describe.skipIf(availableParallelism() < 2)("analysing on worker threads", () => {
  // Above IN_PROCESS_UP_TO in all, so -j 2 starts its threads.
  const big = documents("big", 10, IN_PROCESS_UP_TO / 4);

  it("gives the same report as in-process analysis", () => {
    const one = runKouka(["analyze", "-j", "1", ...big]);
    const two = runKouka(["analyze", "-j", "2", ...big]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(rowsOf(one.stdout)).toHaveLength(big.length);
  });

  it("a thread that exits fails the documents it held, each named, exit 1; every other document is reported", () => {
    const killer = big[3]!;
    const expected = rowsOf(runKouka(["analyze", "-j", "1", ...big]).stdout);
    const run = runKouka(["analyze", "-j", "2", ...big], { env: { KOUKA_TEST_WORKER_EXIT: killer } });
    expect(run.code).toBe(1);
    const failed = run.stderr.trim().split("\n");
    expect(failed).toContain(`kouka: ${killer}: cannot analyse: ${DIES}`);
    for (const line of failed) expect(line).toMatch(new RegExp(`^kouka: .*: cannot analyse: ${DIES.replace(/[()]/g, "\\$&")}$`));
    const failedDocs = failed.map((l) => l.split(": ")[1]!);
    const reported = rowsOf(run.stdout);
    // Each document exactly once: a row (the same as in-process) or an error, never lost, never both.
    expect(reported.length + failedDocs.length).toBe(big.length);
    for (const row of reported) expect(expected).toContain(row);
    for (const doc of failedDocs) expect(reported.some((r) => r.startsWith(`${doc},`))).toBe(false);
    expect(reported.length).toBeGreaterThan(0);
  });

  it("small input is analysed in-process: no thread starts, so none can die", () => {
    const small = documents("small", 3, 2000);
    const run = runKouka(["analyze", "-j", "2", ...small], { env: { KOUKA_TEST_WORKER_EXIT: small[1]! } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(rowsOf(run.stdout)).toHaveLength(3);
  });
});

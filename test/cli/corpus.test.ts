import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CORPUS, csvRecords, ROOT, runKouka } from "./run-kouka.js";

// Each test spawns the CLI, sometimes a dozen times: slow on a loaded machine, never stuck.
vi.setConfig({ testTimeout: 180_000 });

type Expected = Record<string, { scale: number; network: number; scope: number }>;
const fixture = JSON.parse(readFileSync(path.join(ROOT, "test", "fixtures", "corpus-expected.json"), "utf8")) as Record<string, unknown>;
/** The hand-checked counts, one entry per corpus article (keys starting with `_` are not articles). */
const EXPECTED = Object.fromEntries(Object.entries(fixture).filter(([name]) => !name.startsWith("_"))) as Expected;
/** Input order is code-point order of the file names. */
const NAMES = Object.keys(EXPECTED).sort();

describe("kouka analyze corpus/", () => {
  it("prints one row per article, in order, with the hand-checked counts (relative path, project root)", () => {
    const { code, stdout, stderr } = runKouka(["analyze", "corpus/"], { cwd: ROOT });
    // corpus/CREDITS is not an article: the scan says it left it out.
    expect(stderr).toBe("kouka: corpus/: skipped 1 file with other extensions (no extension 1)\n");
    expect(code).toBe(0);
    const rows = csvRecords(stdout);
    expect(rows.map((r) => r["document"])).toEqual(NAMES.map((n) => `corpus/${n}`));
    for (const row of rows) {
      const name = row["document"]!.slice("corpus/".length);
      const want = EXPECTED[name]!;
      expect({ document: name, scale: row["scale"], network: row["network"], scope: row["scope"] }).toEqual({
        document: name,
        scale: String(want.scale),
        network: String(want.network),
        scope: String(want.scope),
      });
    }
  });

  it("gives the same counts for an absolute path from another working directory, as JSONL numbers", () => {
    const { code, stdout } = runKouka(["analyze", "-f", "jsonl", CORPUS]);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r["document"])).toEqual(NAMES.map((n) => `${CORPUS}/${n}`));
    rows.forEach((row, i) => {
      const want = EXPECTED[NAMES[i]!]!;
      expect([row["scale"], row["network"], row["scope"]]).toEqual([want.scale, want.network, want.scope]);
      for (const key of ["chars", "tokens", "sentences"]) expect(typeof row[key]).toBe("number");
    });
  });

  it("summary mentions equal the sum of the per-document counts", () => {
    const { code, stdout } = runKouka(["analyze", "--summary", CORPUS]);
    expect(code).toBe(0);
    const summary = Object.fromEntries(csvRecords(stdout).map((r) => [r["concept"], Number(r["mentions"])]));
    const total = (c: "scale" | "network" | "scope"): number => NAMES.reduce((n, name) => n + EXPECTED[name]![c], 0);
    expect(summary).toEqual({ scale: total("scale"), network: total("network"), scope: total("scope") });
  });
});

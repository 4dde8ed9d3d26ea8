import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countsOf, csvRecords, runKouka, SEED, STACK_TRACE } from "../cli/run-kouka.js";
import { noisyBytes } from "./arbitraries.js";

// Each test spawns the CLI, sometimes a dozen times: slow on a loaded machine, never stuck.
vi.setConfig({ testTimeout: 180_000 });

// The built CLI over a few folders of random files: every file gets a row or an error
// line naming it (never both, never neither), the exit code says which, and the seed
// article among them is still counted 7,7,4. Spawning is slow, so the runs are few.

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-random-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("kouka analyze over random files", () => {
  it("names every file exactly once: a row or a message", () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(noisyBytes((t) => Buffer.from(t, "utf8")), { minLength: 1, maxLength: 6 }), (files) => {
        const dir = mkdtempSync(path.join(tmp, `run${run++}-`));
        const names = files.map((bytes, i) => {
          const file = path.join(dir, `f${i}.txt`);
          writeFileSync(file, bytes, { flag: "w" });
          return file;
        });
        const { code, stdout, stderr } = runKouka(["analyze", ...names, SEED]);
        expect(stderr).not.toMatch(STACK_TRACE);
        const documents = csvRecords(stdout).map((r) => r["document"]);
        const messages = stderr.split("\n").filter((l) => l !== "");
        for (const name of names) {
          const rows = documents.filter((d) => d === name).length;
          const named = messages.filter((m) => m.startsWith(`kouka: ${name}: `)).length;
          expect(rows + named, `${name}\n${stderr}`).toBe(1);
        }
        expect(messages.length).toBe(names.length + 1 - documents.length);
        expect(code).toBe(messages.length > 0 ? 1 : 0);
        expect(countsOf(stdout, SEED)).toBe("7,7,4");
      }),
      { numRuns: 6 },
    );
  });
});

import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { documentBytes, fileStem } from "./arbitraries.js";
import { expectCommandsAgree, expectOneEach, expectSane, fcOptions } from "./contract.js";
import { runKouka } from "../cli/run-kouka.js";

// Generated folders of text files with awkward names and contents, all read by one folder
// scan per command: the whole contract holds for each (see contract.ts).
vi.setConfig({ testTimeout: 600_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-fuzz-text-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

let run = 0;
describe("fuzz: folders of generated text files", () => {
  it("every file a row or a named error; parseable, deterministic; analyze, --long and mentions agree", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fileStem, documentBytes), { minLength: 1, maxLength: 14, selector: ([stem]) => stem }), (files) => {
        const dir = path.join(tmp, `run${run++}`);
        mkdirSync(path.join(dir, "in"), { recursive: true });
        for (const [stem, bytes] of files) writeFileSync(path.join(dir, "in", `${stem}.txt`), bytes);
        const what = `files ${JSON.stringify(files.map(([s]) => s))}`;
        const rows = expectCommandsAgree(["in"], { cwd: dir }, what);
        const messages = expectSane(runKouka(["analyze", "in"], { cwd: dir }), what);
        expectOneEach(files.map(([stem]) => `in/${stem}.txt`), rows, messages, what);
      }),
      fcOptions,
    );
  });

  it("the same files named one by one on the command line give the same rows as the folder scan (sorted)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fileStem, documentBytes), { minLength: 1, maxLength: 10, selector: ([stem]) => stem }), (files) => {
        const dir = path.join(tmp, `run${run++}`);
        mkdirSync(path.join(dir, "in"), { recursive: true });
        for (const [stem, bytes] of files) writeFileSync(path.join(dir, "in", `${stem}.txt`), bytes);
        const named = files.map(([stem]) => `in/${stem}.txt`);
        const byName = runKouka(["analyze", "-f", "jsonl", ...named], { cwd: dir });
        expectSane(byName, "named files");
        const lines = byName.stdout.split("\n").filter((l) => l !== "");
        const messages = byName.stderr.split("\n").filter((l) => l !== "");
        // JSONL output: one JSON object a line, whatever the names hold.
        const documents = lines.map((l) => (JSON.parse(l) as { document: string }).document);
        expectOneEach(named, documents.map((document) => ({ document })), messages, "named files (jsonl)");
      }),
      fcOptions,
    );
  });
});

import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runKouka } from "../cli/run-kouka.js";
import { parseStrictCsv } from "../cli/strict-csv.js";
import { dictionaryYaml } from "./arbitraries.js";
import { expectSane, fcOptions } from "./contract.js";

// Generated dictionaries: `dict check` and a run with the dictionary must agree on whether it is good.
vi.setConfig({ testTimeout: 600_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-fuzz-dict-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const bytesOf = fc.oneof(
  { weight: 5, arbitrary: dictionaryYaml.map((y) => Buffer.from(y, "utf8")) },
  { weight: 1, arbitrary: dictionaryYaml.map((y) => Buffer.from(y, "latin1")) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
);

let run = 0;
describe("fuzz: dictionaries", () => {
  it("dict check: one ok line or at least one file:line problem per file; exit 0 only when all are ok", () => {
    fc.assert(
      fc.property(fc.array(bytesOf, { minLength: 1, maxLength: 6 }), (dicts) => {
        const dir = path.join(tmp, `run${run++}`);
        mkdirSync(dir, { recursive: true });
        const files = dicts.map((bytes, i) => {
          writeFileSync(path.join(dir, `d${i}.yaml`), bytes);
          return `d${i}.yaml`;
        });
        const r = runKouka(["dict", "check", ...files], { cwd: dir });
        const messages = expectSane(r, `dict check ${JSON.stringify(dicts.map((d) => d.toString("utf8")))}`);
        expect([0, 2]).toContain(r.code);
        const ok = r.stdout.split("\n").filter((l) => l !== "");
        for (const file of files) {
          const good = ok.filter((l) => new RegExp(`^${file.replace(".", "\\.")}: ok \\(\\d+ concepts?, \\d+ terms?\\)$`).test(l)).length;
          const bad = messages.filter((m) => m.startsWith(`kouka: ${file}:`)).length;
          expect([good, bad > 0 ? 1 : 0], `${file}: ${r.stdout}\n${r.stderr}`).toEqual(good === 1 ? [1, 0] : [0, 1]);
        }
        expect(r.code).toBe(ok.length === files.length ? 0 : 2);
      }),
      fcOptions,
    );
  });

  it("analyze --no-default-dict -d FILE fails (exit 2, nothing on stdout) exactly when dict check does", () => {
    fc.assert(
      fc.property(bytesOf, (bytes) => {
        const dir = path.join(tmp, `run${run++}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "d.yaml"), bytes);
        const what = `dictionary ${JSON.stringify(bytes.toString("utf8"))}`;
        const check = runKouka(["dict", "check", "d.yaml"], { cwd: dir });
        const analyze = runKouka(["analyze", "--no-default-dict", "-d", "d.yaml"], { cwd: dir, input: "クラウドとフィンテックの規模の効果。" });
        expectSane(check, what);
        const messages = expectSane(analyze, what);
        expect(analyze.code === 2, `${what}\n${check.stderr}\n${analyze.stderr}`).toBe(check.code === 2);
        if (analyze.code === 2) {
          expect(analyze.stdout).toBe("");
          expect(messages.length).toBe(1);
          expect(messages[0]).toMatch(/^kouka: d\.yaml(:\d+)?: /);
        } else {
          const [header, row] = parseStrictCsv(analyze.stdout);
          expect(header!.slice(0, 4)).toEqual(["document", "chars", "tokens", "sentences"]);
          expect(row!.length).toBe(header!.length);
        }
      }),
      fcOptions,
    );
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { CORPUS, ROOT, runKouka, SEED, STACK_TRACE } from "./run-kouka.js";

// Each test spawns the CLI, sometimes a dozen times: slow on a loaded machine, never stuck.
vi.setConfig({ testTimeout: 180_000 });

// The case format is described in cases/README.md.
const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), "cases");
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function substitute(text: string, caseDir: string): string {
  return text
    .replaceAll("{root}", ROOT)
    .replaceAll("{corpus}", CORPUS)
    .replaceAll("{seed}", SEED)
    .replaceAll("{case}", caseDir)
    .replaceAll("{version}", VERSION);
}

/** The case's file as text with tokens replaced, or undefined when the case has none. */
function expected(caseDir: string, name: string): string | undefined {
  const file = path.join(caseDir, name);
  return existsSync(file) ? substitute(readFileSync(file, "utf8"), caseDir) : undefined;
}

/** Non-empty lines of an expectation file. */
function lines(text: string | undefined): string[] {
  return text === undefined ? [] : text.split("\n").filter((l) => l !== "");
}

const names = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("CLI cases (test/cli/cases/*)", () => {
  it("finds the case folders", () => {
    expect(names.length).toBeGreaterThan(20);
  });

  for (const name of names) {
    it(name, () => {
      const dir = path.join(CASES, name);
      const args = substitute(readFileSync(path.join(dir, "args"), "utf8"), dir).replace(/\n$/, "").split("\n");
      const stdinFile = path.join(dir, "stdin");
      const cwd = expected(dir, "cwd")?.trim();
      const result = runKouka(args, {
        ...(existsSync(stdinFile) ? { input: readFileSync(stdinFile) } : {}),
        ...(cwd ? { cwd } : {}),
      });
      const context = `kouka ${args.join(" ")}\n--- stderr ---\n${result.stderr}`;

      expect(result.code, context).toBe(Number(readFileSync(path.join(dir, "expected-exit"), "utf8").trim()));
      expect(result.stderr, "no stack trace on stderr").not.toMatch(STACK_TRACE);

      const stdout = expected(dir, "expected-stdout");
      if (stdout !== undefined) {
        expect(result.stdout, context).toBe(stdout);
        expect(result.stdoutBytes.equals(Buffer.from(stdout, "utf8")), "stdout bytes").toBe(true);
      }
      for (const line of lines(expected(dir, "expected-stdout-contains"))) expect(result.stdout, context).toContain(line);
      for (const line of lines(expected(dir, "expected-stdout-excludes"))) expect(result.stdout, context).not.toContain(line);
      const count = expected(dir, "expected-stdout-lines");
      if (count !== undefined) expect(result.stdout.split("\n").filter((l) => l !== "").length, context).toBe(Number(count.trim()));

      const stderr = expected(dir, "expected-stderr");
      if (stderr !== undefined) expect(result.stderr).toBe(stderr);
      for (const line of lines(expected(dir, "expected-stderr-contains"))) expect(result.stderr).toContain(line);
    });
  }
});

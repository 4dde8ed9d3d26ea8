import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every example in README.md runs, and prints exactly what the README shows.
const root = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const bin = path.join(root, "dist/bin/kouka.js");

interface Example {
  readonly command: string;
  readonly stdin: string | undefined;
  readonly args: string[];
  readonly expected: string;
}

function consoleExamples(): Example[] {
  const examples: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block[1]!.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.startsWith("$ ")) continue;
      const command = line.slice(2);
      const piped = /^echo (.*?) \| kouka (.*)$/.exec(command);
      const plain = /^kouka (.*)$/.exec(command);
      const match = piped ?? plain;
      if (!match) throw new Error(`README example is not a kouka command: ${command}`);
      const output: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith("$ "); i++) output.push(lines[i]!);
      i--;
      examples.push({
        command,
        stdin: piped ? `${piped[1]}\n` : undefined,
        args: (piped ? piped[2]! : plain![1]!).split(" "),
        expected: output.join("\n").replace(/\n+$/, "") + "\n",
      });
    }
  }
  return examples;
}

describe("README examples", () => {
  const examples = consoleExamples();

  it("has examples to run", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const example of examples) {
    it(example.command, () => {
      const result = spawnSync("node", [bin, ...example.args], { cwd: root, input: example.stdin ?? "", encoding: "utf8" });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(example.expected);
    });
  }

  it("starts with the two set-up commands", () => {
    const setup = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(setup).toMatch(/^npm ci && npm start\b/m);
    expect(setup).toMatch(/^npm ci && npm test\b/m);
  });

  it("runs the library example through the package's own name", () => {
    const snippet = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = mkdtempSync(path.join(root, "test", ".readme-"));
    try {
      const file = path.join(dir, "example.mjs");
      writeFileSync(file, `${snippet}\nconsole.log(JSON.stringify({ counts: result.counts, mentions: result.mentions }));\n`);
      const out = JSON.parse(execFileSync("node", [file], { cwd: root, encoding: "utf8" })) as {
        counts: { concept: string; count: number }[];
        mentions: { concept: string; line: number; column: number; matched: string }[];
      };
      expect(out.counts.map((c) => [c.concept, c.count])).toEqual([
        ["scale", 1],
        ["network", 1],
        ["scope", 0],
      ]);
      expect(out.mentions[0]).toMatchObject({ concept: "scale", line: 1, column: 1, matched: "規模の経済" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("README dictionary example", () => {
  it("is a dictionary that kouka dict check accepts", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = mkdtempSync(path.join(root, "dist", "readme-dict-"));
    try {
      const file = path.join(dir, "example.yaml");
      writeFileSync(file, yaml);
      const run = spawnSync(process.execPath, [bin, "dict", "check", file], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

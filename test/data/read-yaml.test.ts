import { describe, expect, it } from "vitest";
import { MAX_DEPTH, readYaml } from "../../src/data/read-yaml.js";
import { parseDictionary } from "../../src/dictionary/parse-dictionary.js";

describe("YAML anchors and aliases (standard YAML) are accepted", () => {
  it("the repro: `terms: *t` gives the second concept the first one's terms", () => {
    const source = "concepts:\n  - id: a\n    label: A\n    terms: &t\n      - 規模の経済\n  - id: b\n    label: B\n    terms: *t\n";
    const { dictionary, problems } = parseDictionary(source, "d.yaml");
    expect(problems).toEqual([]);
    expect(dictionary?.concepts.map((c) => [c.id, c.terms.map((t) => t.text)])).toEqual([
      ["a", ["規模の経済"]],
      ["b", ["規模の経済"]],
    ]);
  });

  it("variant: an alias of a scalar and of a term mapping, nested aliases; line numbers still point into the file", () => {
    const source = [
      "concepts:",
      "  - id: a",
      "    label: &label 規模",
      "    description: &d 説明",
      "    terms:",
      "      - &open {term: 規模の経済, left: open}",
      "  - id: b",
      "    label: *label",
      "    description: *d",
      "    terms: [*open, 範囲の経済]",
      "  - id: c",
      "    label: *label",
      "    terms: [42]",
    ].join("\n");
    const { problems } = parseDictionary(source, "d.yaml");
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual(["13: a term must be a non-empty string"]);
  });

  it("an alias inside its own anchor is a problem, not a hang", () => {
    const { problems } = readYaml("a: &x [1, *x]\n", "loop.yaml");
    expect(problems).toEqual([{ file: "loop.yaml", line: 1, message: "alias *x is inside its own anchor &x" }]);
  });

  it("a billion-laughs file stops at the expansion limit (nodes added, not aliases seen)", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const { problems } = readYaml(lines.join("\n") + "\n", "lol.yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe("aliases expand to more than 100000 nodes");
  });
});

describe("deep nesting gets a clear message, not a stack overflow", () => {
  it("the repro: 100 000 nested flow lists", () => {
    const { problems } = readYaml(`concepts: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`, "deep.yaml");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message === `nested deeper than ${MAX_DEPTH} levels`)).toBe(true);
  });

  it("variant: block lists 3 000 deep, and a depth just over the limit; the limit itself is fine", () => {
    const block = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(2 * i)}- `).join("\n");
    expect(readYaml(block + "x\n", "b.yaml").problems.every((p) => /nested deeper than/.test(p.message))).toBe(true);
    const flow = (n: number): string => `${"[".repeat(n)}1${"]".repeat(n)}\n`;
    expect(readYaml(flow(MAX_DEPTH + 1), "f.yaml").problems).toEqual([{ file: "f.yaml", line: 1, message: `nested deeper than ${MAX_DEPTH} levels` }]);
    expect(readYaml(flow(MAX_DEPTH), "f.yaml").problems).toEqual([]);
  });
});

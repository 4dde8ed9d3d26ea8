import { describe, expect, it } from "vitest";
import type { DataProblem } from "../../src/data/data-problem.js";
import { mergeDictionaries, parseDictionary } from "../../src/dictionary/parse-dictionary.js";

/** Problems as "file:line: message" strings. */
const where = (problems: readonly DataProblem[]): string[] => problems.map((p) => `${p.file}:${p.line}`);

function problemsOf(source: string, file = "d.yaml"): readonly DataProblem[] {
  const { dictionary, problems } = parseDictionary(source, file);
  expect(dictionary).toBeUndefined();
  expect(problems.length).toBeGreaterThan(0);
  return problems;
}

const GOOD = `# two concepts
concepts:
  - id: scale
    label: 規模の経済
    description: Economies of scale.
    terms:
      - term: 規模の経済[性]
        left: open
      - スケール{メリット|効果}
  - id: network
    label: ネットワーク効果
    terms:
      - term: ネットワークの効果
        left: closed
`;

const SENSES = `concepts:
  - id: scope
    label: 範囲の経済
    terms:
      - term: 範囲の経済
        left: open
        not_after: [世界, ＡＢＣ]
      - term: スコープ効果
        not_near:
          within: document
          words: [変数, ブロック]
      - term: 範囲の効果
        near:
          - within: sentence
            words: [経済]
          - within: 5
            words: [コスト]
`;

describe("parseDictionary: edges and senses", () => {
  it("reads not_after (NFKC, lower case), near and not_near onto each spelling", () => {
    const { dictionary, problems } = parseDictionary(SENSES, "s.yaml");
    expect(problems).toEqual([]);
    const [open, scope, generic] = dictionary!.concepts[0]!.terms;
    expect(open!.notAfter).toEqual(["世界", "abc"]);
    expect(scope!.context).toEqual({ near: [], notNear: [{ within: "document", words: ["変数", "ブロック"] }] });
    expect(generic!.context).toEqual({
      near: [
        { within: "sentence", words: ["経済"] },
        { within: 5, words: ["コスト"] },
      ],
      notNear: [],
    });
    expect(open!.context).toBeUndefined();
  });

  it.each([
    ["within: paragraph", "near.within must be a number of tokens, 'sentence' or 'document'", 8],
    ["within: 0", "near.within must be a number of tokens, 'sentence' or 'document'", 8],
    ["widthin: 3", "unknown key 'widthin' in near (expected within, words)", 8],
  ])("reports a bad condition (%s) at its line", (line, message, at) => {
    const source = `concepts:
  - id: scope
    label: 範囲の経済
    terms:
      - term: 範囲の効果
        near:
          words: [経済]
          ${line}
`;
    const problems = problemsOf(source);
    expect(problems).toContainEqual({ file: "d.yaml", line: at, message });
  });

  it("reports a condition without words and a not_after that is not a list", () => {
    const source = `concepts:
  - id: scope
    label: 範囲の経済
    terms:
      - term: 範囲の効果
        not_near:
          within: sentence
          words: []
      - term: 範囲の経済
        not_after: 世界
`;
    expect(problemsOf(source).map((p) => `${p.line}: ${p.message}`)).toEqual(["7: not_near needs at least one word", "10: not_after must be a list"]);
  });

  it("reads concepts in order with their expanded spellings, left and line", () => {
    const { dictionary, problems } = parseDictionary(GOOD, "good.yaml");
    expect(problems).toEqual([]);
    expect(dictionary?.concepts.map((c) => [c.id, c.label, c.description])).toEqual([
      ["scale", "規模の経済", "Economies of scale."],
      ["network", "ネットワーク効果", ""],
    ]);
    const [scale, network] = dictionary!.concepts;
    expect(scale!.terms.map((t) => [t.text, t.leftOpen, t.file, t.line]).sort()).toEqual(
      [
        ["規模の経済", true, "good.yaml", 7],
        ["規模の経済性", true, "good.yaml", 7],
        ["スケールメリット", false, "good.yaml", 9],
        ["スケール効果", false, "good.yaml", 9],
      ].sort(),
    );
    expect(network!.terms).toEqual([{ text: "ネットワークの効果", leftOpen: false, file: "good.yaml", line: 13 }]);
  });

  it("reports bad YAML at its line", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A: B\n    terms: [x]\n");
    expect(where(problems)).toEqual(["d.yaml:3"]);
  });

  it("reports a tab indent at its line", () => {
    const problems = problemsOf("concepts:\n  - id: a\n\tlabel: A\n    terms: [x]\n");
    expect(where(problems)[0]).toBe("d.yaml:3");
  });

  it("reports an unknown key at its line", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    colour: red\n    terms: [x]\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 4, message: expect.stringContaining("unknown key 'colour'") }]);
  });

  it("reports an unknown top-level key", () => {
    const problems = problemsOf("concept:\n  - id: a\n");
    expect(problems[0]).toEqual({ file: "d.yaml", line: 1, message: expect.stringContaining("unknown key 'concept'") });
  });

  it("reports a concept without terms at the concept", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 2, message: "concept 'a' has no terms" }]);
  });

  it("reports an empty terms list at its line", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    terms: []\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 4, message: "concept 'a' has no terms" }]);
  });

  it("reports a concept without a label at the concept, not at line 1", () => {
    const problems = problemsOf("# my terms\nconcepts:\n  - id: a\n    terms: [x]\n");
    expect(where(problems)).toEqual(["d.yaml:3"]);
    expect(problems[0]!.message).toMatch(/label/);
  });

  it("reports a concept without an id at the concept, not at line 1", () => {
    const problems = problemsOf("# my terms\nconcepts:\n  - label: A\n    terms: [x]\n");
    expect(where(problems)).toEqual(["d.yaml:3"]);
    expect(problems[0]!.message).toMatch(/id/);
  });

  it("reports an empty label or id value at its line", () => {
    expect(where(problemsOf("# c\nconcepts:\n  - id: a\n    label:\n    terms: [x]\n"))).toEqual(["d.yaml:4"]);
    expect(where(problemsOf("# c\nconcepts:\n  - id:\n    label: A\n    terms: [x]\n"))).toEqual(["d.yaml:3"]);
  });

  it("reports a duplicate id at the second definition, naming the first", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    terms: [x]\n  - id: a\n    label: B\n    terms: [y]\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 5, message: expect.stringMatching(/duplicate concept id 'a'.*line 2/) }]);
  });

  it("reports a bad id", () => {
    for (const id of ["Scale", "1st", "規模", "a b"]) {
      const problems = problemsOf(`concepts:\n  - id: ${id}\n    label: A\n    terms: [x]\n`);
      expect(where(problems)).toEqual(["d.yaml:2"]);
      expect(problems[0]!.message).toMatch(/concept id/);
    }
  });

  it("accepts ids with digits, - and _", () => {
    const { problems } = parseDictionary("concepts:\n  - id: scale_2-x\n    label: A\n    terms: [x]\n", "d.yaml");
    expect(problems).toEqual([]);
  });

  it("reports left that is neither open nor closed", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    terms:\n      - term: x\n        left: maybe\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 6, message: "left must be 'open' or 'closed'" }]);
  });

  it("reports a bad term pattern at the term's line", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    terms:\n      - x\n      - 規模{の|\n");
    expect(problems).toEqual([{ file: "d.yaml", line: 6, message: expect.stringContaining("missing '}'") }]);
  });

  it("reports a term that is not a string", () => {
    const problems = problemsOf("concepts:\n  - id: a\n    label: A\n    terms:\n      - 12\n");
    expect(where(problems)).toEqual(["d.yaml:5"]);
  });

  it("reports every problem, not only the first", () => {
    const problems = problemsOf("concepts:\n  - id: A\n    label: A\n    terms: [x]\n  - id: b\n    label: B\n    colour: red\n    terms: [y]\n");
    expect(where(problems)).toEqual(["d.yaml:2", "d.yaml:7"]);
  });

  it("reports a dictionary with no concepts and an empty file", () => {
    expect(problemsOf("concepts: []\n")[0]!.message).toMatch(/no concepts/);
    expect(problemsOf("")[0]!.message).toMatch(/mapping/);
  });
});

describe("mergeDictionaries", () => {
  const a = parseDictionary("concepts:\n  - id: scale\n    label: A\n    terms: [規模の経済]\n", "a.yaml").dictionary!;
  const b = parseDictionary(
    "# extra\nconcepts:\n  - id: brand\n    label: B\n    terms: [ブランド力]\n  - id: scale\n    label: A2\n    terms:\n      - スケール\n",
    "b.yaml",
  ).dictionary!;

  it("keeps concepts in file order", () => {
    const c = parseDictionary("concepts:\n  - id: c\n    label: C\n    terms: [z]\n", "c.yaml").dictionary!;
    const { dictionary, problems } = mergeDictionaries([
      { dictionary: a, file: "a.yaml" },
      { dictionary: c, file: "c.yaml" },
    ]);
    expect(problems).toEqual([]);
    expect(dictionary.concepts.map((x) => x.id)).toEqual(["scale", "c"]);
  });

  it("reports an id defined again in another file, at the second file's definition", () => {
    const { dictionary, problems } = mergeDictionaries([
      { dictionary: a, file: "a.yaml" },
      { dictionary: b, file: "b.yaml" },
    ]);
    expect(dictionary.concepts.map((x) => [x.id, x.label])).toEqual([
      ["scale", "A"],
      ["brand", "B"],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe("concept id 'scale' is already defined in a.yaml");
    // `- id: scale` is line 6 of b.yaml (line 9 is its first term).
    expect(`${problems[0]!.file}:${problems[0]!.line}`).toBe("b.yaml:6");
  });
});

import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../src/dictionary/parse-dictionary.js";

const dict = (termYaml: string, conceptExtra = ""): string =>
  `concepts:\n  - id: a\n    label: A\n${conceptExtra}    terms:\n${termYaml}`;

describe("rule: in kouka YAML", () => {
  it("parses and/or/not/seq and near/not_near leaves", () => {
    const yaml = dict(
      "      - term: 競争優位\n        rule:\n          and:\n            - near: { within: sentence, words: [持続] }\n            - not_near: { within: 3, words: [映画] }\n            - or:\n                - seq: [市場, [支配, 独占*]]\n                  gap: 2\n                - not: { near: { within: 5, words: [x] } }\n",
    );
    const { dictionary, problems } = parseDictionary(yaml, "u.yaml");
    expect(problems).toEqual([]);
    const rule = dictionary!.concepts[0]!.terms[0]!.context!.expression!;
    expect(rule).toEqual({
      op: "and",
      items: [
        { op: "near", condition: { words: ["持続"], within: "sentence" } },
        { op: "not", item: { op: "near", condition: { words: ["映画"], within: 3 } } },
        {
          op: "or",
          items: [
            { op: "seq", steps: [["市場"], ["支配", "独占*"]], gap: 2, within: "sentence" },
            { op: "not", item: { op: "near", condition: { words: ["x"], within: 5 } } },
          ],
        },
      ],
    });
  });

  it("a concept's near/not_near/rule apply to every term, with the term's own", () => {
    const yaml = dict("      - 甲\n      - term: 乙\n        near: { within: 2, words: [丙] }\n", "    not_near: { within: sentence, words: [丁] }\n    rule: { seq: [a, b] }\n");
    const { dictionary, problems } = parseDictionary(yaml, "u.yaml");
    expect(problems).toEqual([]);
    const [first, second] = dictionary!.concepts[0]!.terms;
    expect(first!.context).toEqual({ near: [], notNear: [{ words: ["丁"], within: "sentence" }], expression: { op: "seq", steps: [["a"], ["b"]], gap: 0, within: "sentence" } });
    expect(second!.context!.near).toEqual([{ words: ["丙"], within: 2 }]);
    expect(second!.context!.notNear).toHaveLength(1);
  });

  it("reports every rule error as file:line", () => {
    const yaml = dict(
      "      - term: x\n        rule:\n          and:\n            - near: { within: document, words: [y] }\n            - seq: [z]\n              gap: -1\n            - nor: [q]\n            - { or: [], not: {} }\n",
    );
    const { dictionary, problems } = parseDictionary(yaml, "u.yaml");
    expect(dictionary).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      "u.yaml:8: near in a rule looks within N tokens or the sentence; put document conditions in the term's own near/not_near",
      "u.yaml:9: seq needs at least two words",
      "u.yaml:10: seq gap must be a number of tokens (0 or more)",
      "u.yaml:11: a rule needs one of near, not_near, and, or, not, seq",
      "u.yaml:12: a rule has one operator, not or and not together (nest them under and/or)",
    ]);
  });

  it("*X makes a term open on the left (a compound's head)", () => {
    const { dictionary } = parseDictionary(dict("      - '*戦略'\n      - 戦術\n"), "u.yaml");
    expect(dictionary!.concepts[0]!.terms.map((t) => [t.text, t.leftOpen])).toEqual([
      ["戦略", true],
      ["戦術", false],
    ]);
  });
});

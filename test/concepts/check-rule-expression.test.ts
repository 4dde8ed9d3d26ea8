import { describe, expect, it } from "vitest";
import { meetsLocal } from "../../src/concepts/check-context.js";
import { meetsExpression, sequenceOccurs } from "../../src/concepts/check-rule-expression.js";
import type { ContextRule } from "../../src/dictionary/context-rule.js";
import type { RuleExpression } from "../../src/dictionary/rule-expression.js";
import { documentTokens } from "./hand-tokens.js";

const tokens = documentTokens("企業の規模と効果", "経済の話");
const at = (word: string): [number, number] => {
  const i = tokens.findIndex((t) => t.surface === word);
  return [i, i + 1];
};
const near = (words: string[], within: number | "sentence" = "sentence"): RuleExpression => ({ op: "near", condition: { words, within } });
const check = (rule: RuleExpression, word = "効果"): boolean => meetsLocal({ near: [], notNear: [], expression: rule }, tokens, ...at(word));

describe("rule expressions (and / or / not / seq) on tokens", () => {
  it("near holds when a word occurs in range, on tokens only", () => {
    expect(check(near(["規模"]))).toBe(true);
    expect(check(near(["経済"]))).toBe(false); // another sentence
    expect(check(near(["規"]))).toBe(false); // a substring of a token is not a word
    expect(check(near(["企業"], 2))).toBe(false);
  });

  it("and needs every item, or one of them, not the opposite", () => {
    expect(check({ op: "and", items: [near(["規模"]), near(["企業"])] })).toBe(true);
    expect(check({ op: "and", items: [near(["規模"]), near(["経済"])] })).toBe(false);
    expect(check({ op: "or", items: [near(["経済"]), near(["企業"])] })).toBe(true);
    expect(check({ op: "or", items: [near(["経済"]), near(["話"])] })).toBe(false);
    expect(check({ op: "not", item: near(["規模"]) })).toBe(false);
    expect(check({ op: "not", item: near(["経済"]) })).toBe(true);
  });

  it("seq finds words in order with at most `gap` tokens between", () => {
    const seq = (steps: string[][], gap: number): RuleExpression => ({ op: "seq", steps, gap, within: "sentence" });
    expect(check(seq([["企業"], ["規模"]], 1))).toBe(true); // 企業 の 規模
    expect(check(seq([["企業"], ["規模"]], 0))).toBe(false);
    expect(check(seq([["規模"], ["企業"]], 5))).toBe(false); // order matters
    expect(check(seq([["企業"], ["規模", "話"], ["効果"]], 1))).toBe(true); // alternatives in a step
    expect(check(seq([["企*"], ["規模"]], 1))).toBe(true); // a prefix word
    expect(check(seq([["規模"], ["経済"]], 9))).toBe(false); // never beyond the mention's sentence
    expect(sequenceOccurs([["規模"], ["経済"]], 9, tokens, 0, tokens.length - 1)).toBe(true);
  });

  it("the near callback decides leaves, so both forms share one matcher", () => {
    const seen: string[] = [];
    meetsExpression(near(["x"]), tokens, ...at("効果"), (c) => (seen.push(...c.words), true));
    expect(seen).toEqual(["x"]);
  });

  it("an expression that fails turns the sense off even when near/not_near hold", () => {
    const rule: ContextRule = { near: [{ words: ["規模"], within: "sentence" }], notNear: [], expression: { op: "not", item: near(["企業"]) } };
    expect(meetsLocal(rule, tokens, ...at("効果"))).toBe(false);
    expect(meetsLocal({ ...rule, expression: near(["企業"]) }, tokens, ...at("効果"))).toBe(true);
  });

  it("near lists accept word* prefixes too", () => {
    expect(meetsLocal({ near: [{ words: ["企*"], within: "sentence" }], notNear: [] }, tokens, ...at("効果"))).toBe(true);
    expect(meetsLocal({ near: [], notNear: [{ words: ["規*"], within: 2 }] }, tokens, ...at("効果"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { collectWords, decidedByDocument, filterByDocument, meetsDocument, meetsLocal } from "../../src/concepts/check-context.js";
import type { Mention } from "../../src/concepts/mention.js";
import type { ContextRule } from "../../src/dictionary/context-rule.js";
import { documentTokens } from "./hand-tokens.js";

const rule = (near: ContextRule["near"], notNear: ContextRule["notNear"] = []): ContextRule => ({ near, notNear });

/** The token range of the first `word` in `tokens`. */
function at(tokens: ReturnType<typeof documentTokens>, word: string): [number, number] {
  const i = tokens.findIndex((t) => t.surface === word);
  return [i, i + 1];
}

describe("meetsLocal", () => {
  const tokens = documentTokens("企業の規模と効果", "経済の話");

  it("holds without a rule and checks near within N tokens on either side", () => {
    const [from, to] = at(tokens, "効果");
    expect(meetsLocal(undefined, tokens, from, to)).toBe(true);
    expect(meetsLocal(rule([{ words: ["規模"], within: 2 }]), tokens, from, to)).toBe(true);
    expect(meetsLocal(rule([{ words: ["企業"], within: 2 }]), tokens, from, to)).toBe(false);
    expect(meetsLocal(rule([{ words: ["企業"], within: 4 }]), tokens, from, to)).toBe(true);
  });

  it("stays within the mention's sentence", () => {
    const [from, to] = at(tokens, "効果");
    expect(meetsLocal(rule([{ words: ["経済"], within: "sentence" }]), tokens, from, to)).toBe(false);
    expect(meetsLocal(rule([{ words: ["企業"], within: "sentence" }]), tokens, from, to)).toBe(true);
    expect(meetsLocal(rule([{ words: ["経済"], within: 50 }]), tokens, from, to)).toBe(false);
  });

  it("fails when a not_near word occurs, and needs every near condition", () => {
    const [from, to] = at(tokens, "効果");
    expect(meetsLocal(rule([], [{ words: ["規模"], within: "sentence" }]), tokens, from, to)).toBe(false);
    expect(meetsLocal(rule([{ words: ["規模"], within: 1 }, { words: ["指標"], within: 1 }]), tokens, from, to)).toBe(false);
    expect(meetsLocal(rule([{ words: ["指標", "規模"], within: 2 }]), tokens, from, to)).toBe(true);
  });

  it("matches a word that spans tokens and leaves document conditions alone", () => {
    const [from, to] = at(tokens, "効果");
    expect(meetsLocal(rule([{ words: ["規模と"], within: "sentence" }]), tokens, from, to)).toBe(true);
    expect(meetsLocal(rule([{ words: ["指標"], within: "document" }]), tokens, from, to)).toBe(true);
    expect(meetsLocal(rule([], [{ words: ["規模"], within: "document" }]), tokens, from, to)).toBe(true);
  });
});

describe("document conditions", () => {
  const seen = new Set<string>();
  for (const sentence of [documentTokens("企業の規模"), documentTokens("ABC の話")]) collectWords(sentence, new Set(["規模", "abc", "指標"]), seen);

  it("collects only the wanted words, in NFKC lower case", () => {
    expect([...seen].sort()).toEqual(["abc", "規模"]);
  });

  it("needs a near word somewhere in the document and no not_near word", () => {
    expect(meetsDocument(rule([{ words: ["abc"], within: "document" }]), seen)).toBe(true);
    expect(meetsDocument(rule([{ words: ["指標"], within: "document" }]), seen)).toBe(false);
    expect(meetsDocument(rule([], [{ words: ["規模"], within: "document" }]), seen)).toBe(false);
    // A sentence condition is not decided here.
    expect(meetsDocument(rule([{ words: ["指標"], within: "sentence" }]), seen)).toBe(true);
  });

  it("is decided early only when more text cannot change it: a not_near word seen, or every near word seen and nothing forbidden", () => {
    expect(decidedByDocument(undefined, seen)).toBe(true);
    expect(decidedByDocument(rule([{ words: ["abc"], within: "document" }]), seen)).toBe(true);
    expect(decidedByDocument(rule([{ words: ["指標"], within: "document" }]), seen)).toBe(false);
    expect(decidedByDocument(rule([{ words: ["abc"], within: "document" }, { words: ["指標"], within: "document" }]), seen)).toBe(false);
    expect(decidedByDocument(rule([], [{ words: ["規模"], within: "document" }]), seen)).toBe(true);
    // Near met, but a forbidden word may still come: not decided.
    expect(decidedByDocument(rule([{ words: ["abc"], within: "document" }], [{ words: ["指標"], within: "document" }]), seen)).toBe(false);
    // For every rule, decided means the answer stays whatever words come later.
    const more = new Set([...seen, "指標"]);
    for (const r of [rule([{ words: ["abc"], within: "document" }]), rule([], [{ words: ["規模"], within: "document" }])]) {
      expect(meetsDocument(r, more)).toBe(meetsDocument(r, seen));
    }
  });

  it("drops only the mentions whose rule fails", () => {
    const m = (term: string): Mention => ({ concept: "scope", term, from: 0, to: 1, start: 0, end: 1, sentence: 0 });
    const failing = rule([], [{ words: ["規模"], within: "document" }]);
    const kept = filterByDocument([m("a"), m("b")], (x) => (x.term === "b" ? failing : undefined), seen);
    expect(kept.map((x) => x.term)).toEqual(["a"]);
  });
});

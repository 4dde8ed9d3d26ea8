import { describe, expect, it } from "vitest";
import { compileMatcher } from "../../src/concepts/compile-matcher.js";
import type { Mention } from "../../src/concepts/mention.js";
import { tagConcepts } from "../../src/concepts/tag-concepts.js";
import type { Token } from "../../src/token.js";
import { DICTIONARY, documentTokens, GRAMMAR, tokenize } from "./hand-tokens.js";

const { matcher } = compileMatcher(DICTIONARY, (t) => tokenize(t), GRAMMAR.links);

/** Mentions as "concept:term[evidence]" with the evidence read from the tokens. */
function tag(...sentences: string[]): string[] {
  const tokens = documentTokens(...sentences);
  return tagConcepts(tokens, matcher, GRAMMAR).map((m) => `${m.concept}:${m.term}[${evidence(tokens, m)}]`);
}

function evidence(tokens: readonly Token[], m: Mention): string {
  return tokens.slice(m.from, m.to).map((t) => t.surface).join("");
}

describe("tagConcepts on hand-built tokens", () => {
  it("finds a term on token boundaries with its token range, offsets and sentence", () => {
    const tokens = documentTokens("企業の話。", "この規模の経済がある。");
    const [m, ...rest] = tagConcepts(tokens, matcher, GRAMMAR);
    expect(rest).toEqual([]);
    const from = tokens.findIndex((t) => t.surface === "規模");
    expect(m).toEqual({ concept: "scale", term: "規模の経済", from, to: from + 3, start: tokens[from]!.start, end: tokens[from + 2]!.end, sentence: 1 });
  });

  it("lets the longest match win", () => {
    expect(tag("規模の経済性がある")).toEqual(["scale:規模の経済性[規模の経済性]"]);
    expect(tag("直接ネットワーク効果がある")).toEqual(["network:直接ネットワーク効果[直接ネットワーク効果]"]);
  });

  it("refuses a match the compound goes on from (noun or suffix after it)", () => {
    expect(tag("企業規模の経済指標")).toEqual([]);
    expect(tag("中規模の経済圏")).toEqual([]);
    expect(tag("規模の経済学")).toEqual([]);
    expect(tag("ネットワーク効果測定")).toEqual([]);
  });

  it("does not fall back to a shorter term when the longer one is refused", () => {
    // 規模の経済性 is refused (的 follows); 規模の経済 is refused (性 follows).
    expect(tag("規模の経済性的")).toEqual([]);
  });

  it("refuses a match that 的 turns into a modifier", () => {
    expect(tag("範囲の経済的")).toEqual([]);
    expect(tag("ネットワークの効果的な管理")).toEqual([]);
  });

  it("refuses a match after a prefix (大規模)", () => {
    expect(tag("大規模の経済")).toEqual([]);
  });

  it("allows a noun on the left only for terms marked open", () => {
    // The evidence is the whole compound, modifier included; the term is the dictionary spelling.
    expect(tag("生産規模の経済性がある")).toEqual(["scale:規模の経済性[生産規模の経済性]"]);
    expect(tag("対象範囲の効果がある")).toEqual([]);
    expect(tag("企業ネットワークの効果がある")).toEqual([]);
    expect(tag("この範囲の効果がある")).toEqual(["scope:範囲の効果[範囲の効果]"]);
  });

  it("counts each occurrence once, never overlapping", () => {
    expect(tag("規模の経済と規模の経済")).toEqual(["scale:規模の経済[規模の経済]", "scale:規模の経済[規模の経済]"]);
  });

  it("lends a shared tail to a coordinated head of another concept", () => {
    expect(tag("規模と範囲の経済がある")).toEqual(["scale:規模の経済[規模と範囲の経済]", "scope:範囲の経済[範囲の経済]"]);
    expect(tag("規模・範囲の効果")).toEqual(["scale:規模の効果[規模・範囲の効果]", "scope:範囲の効果[範囲の効果]"]);
    expect(tag("範囲と規模の経済")).toEqual(["scope:範囲の経済[範囲と規模の経済]", "scale:規模の経済[規模の経済]"]);
  });

  it("lends the tail across several heads, once per concept", () => {
    expect(tag("規模と範囲とネットワークの効果")).toEqual([
      "scale:規模の効果[規模と範囲とネットワークの効果]",
      "scope:範囲の効果[範囲とネットワークの効果]",
      "network:ネットワークの効果[ネットワークの効果]",
    ]);
    expect(tag("規模と規模の経済")).toEqual(["scale:規模の経済[規模の経済]"]);
  });

  it("does not coordinate over a prefix or without a conjunction", () => {
    expect(tag("大規模と範囲の経済")).toEqual(["scope:範囲の経済[範囲の経済]"]);
    expect(tag("規模が範囲の経済")).toEqual(["scope:範囲の経済[範囲の経済]"]);
  });

  it("shares an English term's lead with a coordinated tail of another concept", () => {
    expect(tag("economies of scale and scope matter")).toEqual([
      "scale:economy of scale[economies of scale]",
      "scope:economy of scope[economies of scale and scope]",
    ]);
    expect(tag("Economies of Scope OR of Scale")).toEqual([
      "scope:economy of scope[Economies of Scope]",
      "scale:economy of scale[Economies of Scope OR of Scale]",
    ]);
  });

  it("does not coordinate English without a conjunction, across a sentence, or to the same concept", () => {
    expect(tag("economies of scale, scope")).toEqual(["scale:economy of scale[economies of scale]"]);
    expect(tag("economies of scale and", "scope")).toEqual(["scale:economy of scale[economies of scale]"]);
    expect(tag("economies of scale and scale")).toEqual(["scale:economy of scale[economies of scale]"]);
    expect(tag("economies of scale and scopes")).toEqual(["scale:economy of scale[economies of scale]", "scope:economy of scope[economies of scale and scopes]"]);
  });

  it("matches English in any case and number, spaces between words transparent", () => {
    expect(tag("Economies of Scale")).toEqual(["scale:economy of scale[Economies of Scale]"]);
    expect(tag("NETWORK  EFFECTS")).toEqual(["network:network effect[NETWORK  EFFECTS]"]);
  });

  it("ends a term at a sentence boundary (a heading and the next line are not one word)", () => {
    // Two short lines of a keyword list: ネットワーク / 効果, sentence 0 and 1.
    expect(tag("ネットワーク", "効果")).toEqual([]);
    expect(tag("規模の", "経済がある")).toEqual([]);
  });

  it("finds nothing in an empty document", () => {
    expect(tagConcepts([], matcher, GRAMMAR)).toEqual([]);
  });
});

describe("tagConcepts: edges and senses as data", () => {
  const base = DICTIONARY.concepts;
  const scale = base[0]!;
  const dictionary = {
    concepts: [
      {
        ...scale,
        terms: [
          ...scale.terms.map((t) => (t.leftOpen ? { ...t, notAfter: ["世界"] } : t)),
          { text: "規模効果", leftOpen: false, context: { near: [], notNear: [{ words: ["変数"], within: 3 as const }] }, file: "t.yaml", line: 9 },
        ],
      },
      ...base.slice(1),
    ],
  };
  const edged = compileMatcher(dictionary, (t) => tokenize(t), GRAMMAR.links).matcher;
  const tagEdged = (text: string): string[] =>
    tagConcepts(documentTokens(text), edged, GRAMMAR).map((m) => `${m.concept}:${m.term}`);

  it("keeps a mention before a keep_after word and breaks it before other nouns", () => {
    expect(tagEdged("規模の経済重視")).toEqual(["scale:規模の経済"]);
    expect(tagEdged("ネットワーク効果型")).toEqual(["network:ネットワーク効果"]);
    expect(tagEdged("規模の経済指標")).toEqual([]);
  });

  it("refuses a term after a counter or a not_after word, not after another noun", () => {
    expect(tagEdged("100円規模の効果")).toEqual([]);
    expect(tagEdged("世界規模の経済")).toEqual([]);
    expect(tagEdged("生産規模の経済")).toEqual(["scale:規模の経済"]);
  });

  it("refuses an open term whose left compound follows a number (a quantity)", () => {
    expect(tagEdged("100店舗規模の経済")).toEqual([]);
    expect(tagEdged("店舗規模の経済")).toEqual(["scale:規模の経済"]);
  });

  it("applies a term's local context rule", () => {
    expect(tagEdged("規模効果がある")).toEqual(["scale:規模効果"]);
    expect(tagEdged("変数の規模効果")).toEqual([]);
    expect(tagEdged("変数のことが規模効果")).toEqual(["scale:規模効果"]);
  });
});

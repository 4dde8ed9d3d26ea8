import { describe, expect, it } from "vitest";
import { extractCompounds } from "../../src/compound/extract-compounds.js";
import type { Grammar } from "../../src/grammar/load-grammar.js";
import type { Token } from "../../src/token.js";
import { documentTokens, GRAMMAR } from "../concepts/hand-tokens.js";

const texts = (tokens: readonly Token[], grammar: Grammar = GRAMMAR, spans: { from: number; to: number }[] = []): string[] =>
  extractCompounds(tokens, grammar, spans).map((c) => c.text);

/** The token range of the first run of tokens that spell `text`. */
function span(tokens: readonly Token[], text: string): { from: number; to: number } {
  for (let from = 0; from < tokens.length; from++) {
    let s = "";
    for (let to = from; to < tokens.length; to++) {
      s += tokens[to]!.surface;
      if (s === text) return { from, to: to + 1 };
      if (!text.startsWith(s)) break;
    }
  }
  throw new Error(`no tokens spell ${text}`);
}

function word(surface: string, pos: string, posDetail1: string, start: number): Token {
  return { surface, pos, posDetail1, posDetail2: "*", posDetail3: "*", basicForm: surface, reading: "", known: false, start, end: start + surface.length, sentence: 0 };
}

describe("extractCompounds", () => {
  it("chains nouns into one unit with their parts", () => {
    const tokens = documentTokens("補助金戦争がある");
    expect(extractCompounds(tokens, GRAMMAR)).toMatchObject([{ from: 0, to: 2, text: "補助金戦争", parts: ["補助金", "戦争"], sentence: 0 }]);
  });

  it("records each token's POS path and the token after the unit, for the term filters", () => {
    const tokens = [word("独自", "名詞", "形容動詞語幹", 0), word("な", "助動詞", "*", 2), word("価格", "名詞", "一般", 3)];
    expect(extractCompounds(tokens, GRAMMAR)).toMatchObject([
      { text: "独自", tags: ["名詞,形容動詞語幹,*,*"], next: "助動詞,*,*,*:な" },
      { text: "価格", tags: ["名詞,一般,*,*"], next: "" },
    ]);
  });

  it("attaches a suffix to the noun before it, as part of that noun", () => {
    const [c] = extractCompounds(documentTokens("ネットワーク外部性"), GRAMMAR);
    expect(c).toMatchObject({ text: "ネットワーク外部性", parts: ["ネットワーク", "外部性"] });
  });

  it("does not start a unit with a suffix", () => {
    expect(texts(documentTokens("の性"))).toEqual([]);
  });

  it("attaches a prefix to the noun after it and drops one that ends a unit", () => {
    expect(texts(documentTokens("大規模がある"))).toEqual(["大規模"]);
    expect(texts(documentTokens("規模大"))).toEqual(["規模"]);
  });

  it("breaks units at particles, symbols and 的", () => {
    expect(texts(documentTokens("規模の経済"))).toEqual(["規模", "経済"]);
    expect(texts(documentTokens("規模・範囲"))).toEqual(["規模", "範囲"]);
    expect(texts(documentTokens("効果的管理"))).toEqual(["効果", "管理"]);
  });

  it("breaks units at a sentence boundary", () => {
    expect(extractCompounds(documentTokens("補助金", "戦争"), GRAMMAR).map((c) => [c.text, c.sentence])).toEqual([
      ["補助金", 0],
      ["戦争", 1],
    ]);
  });

  it("trims stop words at either edge, not inside", () => {
    const grammar: Grammar = { ...GRAMMAR, stopWords: new Set(["企業"]) };
    expect(texts(documentTokens("企業規模がある"), grammar)).toEqual(["規模"]);
    expect(texts(documentTokens("規模企業がある"), grammar)).toEqual(["規模"]);
    expect(texts(documentTokens("規模企業戦争"), grammar)).toEqual(["規模企業戦争"]);
    expect(texts(documentTokens("企業がある"), grammar)).toEqual([]);
  });

  it("keeps a concept mention as one unit although の would break it", () => {
    const tokens = documentTokens("この規模の経済がある");
    expect(texts(tokens, GRAMMAR, [span(tokens, "規模の経済")])).toEqual(["規模の経済"]);
  });

  it("merges a mention with the noun run it overlaps", () => {
    const tokens = documentTokens("生産規模の経済性がある");
    const [c, ...rest] = extractCompounds(tokens, GRAMMAR, [span(tokens, "規模の経済性")]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ from: 0, text: "生産規模の経済性", parts: ["生産", "規模", "経済性"] });
  });

  it("keeps the other units of the sentence apart from a mention", () => {
    const tokens = documentTokens("補助金戦争と範囲の経済");
    expect(texts(tokens, GRAMMAR, [span(tokens, "範囲の経済")])).toEqual(["補助金戦争", "範囲の経済"]);
  });

  it("writes a space between Latin words, none next to Japanese", () => {
    const tokens = [word("AI", "名詞", "固有名詞", 0), word("GPU", "名詞", "固有名詞", 2), word("戦争", "名詞", "一般", 5)];
    expect(texts(tokens)).toEqual(["AI GPU戦争"]);
    const digits = [word("第", "接頭詞", "数接続", 0), word("5G", "名詞", "固有名詞", 1), word("LTE", "名詞", "固有名詞", 3), word("Ａ", "名詞", "一般", 6)];
    expect(texts(digits)).toEqual(["5G LTE Ａ"]);
    const english = documentTokens("network effects");
    expect(texts(english, GRAMMAR, [span(english, "network effects")])).toEqual(["network effects"]);
  });

  it("gives nothing for no tokens", () => {
    expect(extractCompounds([], GRAMMAR)).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Compound } from "../../src/compound/compound.js";
import { dropRejected, occurrenceShaper, rejectTerms, termRejection } from "../../src/terms/filter-terms.js";
import { parseTermRules, type TermRules } from "../../src/terms/term-rules.js";
import { withLists } from "../../src/terms/with-lists.js";

const SHIPPED = path.resolve(import.meta.dirname, "../../dictionaries/terms.yaml");
const RULES: TermRules = parseTermRules(readFileSync(SHIPPED, "utf8"), SHIPPED).rules!;

const NOUN = "名詞,一般,*,*";
let at = 0;
/** A unit with the POS path of each token and what follows it ("" = sentence end). */
function unit(text: string, tags: string[] = [NOUN], next = ""): Compound {
  const from = at;
  at += tags.length;
  return { from, to: at, text, parts: [text], sentence: 0, tags, next };
}
const why = (corpus: Compound[][], rules: TermRules = RULES): Record<string, string> => Object.fromEntries(rejectTerms(corpus, rules));

describe("rejectTerms: POS patterns (dictionaries/terms.yaml shape)", () => {
  it("drops units made only of tokens that name nothing alone, and keeps them inside terms", () => {
    const corpus = [
      [
        unit("独自", ["名詞,形容動詞語幹,*,*"]),
        unit("今回", ["名詞,副詞可能,*,*"]),
        unit("これ", ["名詞,代名詞,一般,*"]),
        unit("申し訳", ["名詞,ナイ形容詞語幹,*,*"]),
        unit("ため", ["名詞,非自立,副詞可能,*"]),
        unit("大同", ["接頭詞,名詞接続,*,*", "接頭詞,名詞接続,*,*"]),
        unit("独自技術", ["名詞,形容動詞語幹,*,*", NOUN]),
        unit("優位性", ["名詞,形容動詞語幹,*,*", "名詞,接尾,一般,*"]),
        unit("大規模モデル", ["接頭詞,名詞接続,*,*", NOUN, NOUN]),
      ],
    ];
    expect(why(corpus)).toEqual({ 独自: "alone", 今回: "alone", これ: "alone", 申し訳: "alone", ため: "alone", 大同: "alone" });
  });

  it("drops a unit used as an adjective or adverb in at least half its occurrences (大規模な, 大規模に)", () => {
    const prefixed = ["接頭詞,名詞接続,*,*", NOUN];
    const corpus = [
      [unit("大規模", prefixed, "助動詞,*,*,*:な"), unit("大規模", prefixed, "助詞,副詞化,*,*:に"), unit("大規模", prefixed, "助詞,連体化,*,*:の")],
      [unit("市場規模", [NOUN, NOUN], "助動詞,*,*,*:な"), unit("市場規模", [NOUN, NOUN], "助詞,格助詞,一般,*:が"), unit("市場規模", [NOUN, NOUN], "")],
      // に as a case particle is not adverbial: 市場に参入.
      [unit("市場", [NOUN], "助詞,格助詞,一般,*:に")],
    ];
    expect(why(corpus)).toEqual({ 大規模: "adjectival" });
  });

  it("drops single characters, numbers, symbols and lone lowercase Latin words, not acronyms or names", () => {
    const corpus = [[unit("円"), unit("2024"), unit("、、"), unit("li"), unit("this"), unit("AI"), unit("SaaS"), unit("ChatGPT"), unit("economies of scale")]];
    expect(why(corpus)).toEqual({ 円: "short", "2024": "no-letter", "、、": "no-letter", li: "text", this: "text" });
  });

  it("drops units starting with a prefix that points elsewhere (本プロジェクト), not nouns such as 本社", () => {
    const prefix = "接頭詞,名詞接続,*,*";
    const corpus = [[unit("本プロジェクト", [prefix, NOUN]), unit("同業界", [prefix, NOUN]), unit("本社", [NOUN]), unit("大規模モデル", [prefix, NOUN, NOUN]), unit("本社機能", [NOUN, NOUN])]];
    expect(why(corpus)).toEqual({ 本プロジェクト: "deictic", 同業界: "deictic" });
  });

  it("judges units without POS facts (older results) by their text only", () => {
    expect(why([[{ from: 0, to: 1, text: "独自", parts: ["独自"], sentence: 0 }]])).toEqual({});
  });
});

describe("rejectTerms: stop and keep lists", () => {
  it("drops every word of the shipped stop list", () => {
    const words = [...RULES.stop];
    expect(words.length).toBeGreaterThan(10);
    const result = why([words.map((w) => unit(w))]);
    for (const w of words) expect(result[w], w).toBe("stop");
  });

  it("keeps every word of the shipped keep list, even where a rule (or a stop list) would drop it", () => {
    const words = [...RULES.keep];
    expect(words.length).toBeGreaterThan(0);
    const everywhere = withLists(RULES, [{ stop: new Set(words), keep: new Set() }]);
    const corpus = [words.map((w) => unit(w, ["名詞,形容動詞語幹,*,*"], "助動詞,*,*,*:な"))];
    expect(why(corpus, everywhere)).toEqual({});
    // Without the keep list the same units are dropped (株 and 税 for being one character).
    const noKeep = { ...everywhere, keep: new Set<string>() };
    for (const w of words) expect(why(corpus, noKeep)[w], w).toBeDefined();
  });

  it("applies a user's lists on top of the shipped ones", () => {
    const mine = withLists(RULES, [{ stop: new Set(["顧客"]), keep: new Set(["独自"]) }]);
    const corpus = [[unit("顧客"), unit("独自", ["名詞,形容動詞語幹,*,*"]), unit("本記事")]];
    expect(why(corpus, mine)).toEqual({ 顧客: "stop", 本記事: "stop" });
  });
});

describe("dropRejected", () => {
  it("removes the rejected texts' units and keeps the rest in order", () => {
    const a = unit("価格戦略");
    const b = unit("独自", ["名詞,形容動詞語幹,*,*"]);
    const c = unit("市場規模");
    expect(dropRejected([[a, b, c]], rejectTerms([[a, b, c]], RULES))).toEqual([[a, c]]);
  });
});

describe("termRejection over summed tallies (shards add up)", () => {
  it("judges a tally the way rejectTerms judges the corpus", () => {
    const shape = occurrenceShaper(RULES);
    const prefixed = ["接頭詞,名詞接続,*,*", NOUN];
    const shardA = [unit("大規模", prefixed, "助動詞,*,*,*:な")];
    const shardB = [unit("大規模", prefixed, "助詞,連体化,*,*:の"), unit("大規模", prefixed, "助詞,格助詞,一般,*:が")];
    const tally = { occurrences: 0, adjectival: 0, alone: false, deictic: false };
    for (const c of [...shardA, ...shardB]) {
      const one = shape(c);
      tally.occurrences += 1;
      tally.adjectival += one.adjectival ? 1 : 0;
      tally.alone ||= one.alone;
    }
    // 1 adjectival use of 3: a term (rejectTerms agrees).
    expect(termRejection("大規模", tally, RULES)).toBeUndefined();
    expect(rejectTerms([shardA, shardB], RULES).has("大規模")).toBe(false);
    expect(termRejection("大規模", { occurrences: 2, adjectival: 1, alone: false, deictic: false }, RULES)).toBe("adjectival");
  });
});

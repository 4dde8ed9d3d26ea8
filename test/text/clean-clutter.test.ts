import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanClutter, type ClutterRules } from "../../src/text/clean-clutter.js";
import { parseClutterRules } from "../../src/text/load-clutter-rules.js";

const root = new URL("../../", import.meta.url);
const read = (rel: string): string => readFileSync(new URL(rel, root), "utf8");

function realRules(): ClutterRules {
  const { rules, problems } = parseClutterRules(read("dictionaries/clutter.yaml"), "dictionaries/clutter.yaml");
  expect(problems).toEqual([]);
  return rules!;
}

/**
 * What cleaning must leave of a corpus file, worked out by reading the files: from a
 * ">>:" navigation line on, every line is the navigation line or a teaser ending in
 * "..." (the seed and 080); the seed's first line ends in a "著者: …" credit after its
 * last sentence. Every other line is article text and stays, with its line break.
 */
function expectedClean(source: string): string {
  const lines = source.split("\n");
  const nav = lines.findIndex((l) => l.startsWith(">>:"));
  return lines
    .map((line, i) => {
      if (nav !== -1 && i >= nav && (i === nav || line.endsWith("..."))) return undefined;
      const credit = line.indexOf("著者:");
      return credit > 0 && /[。]\s*$/u.test(line.slice(0, credit)) ? line.slice(0, credit) : line;
    })
    .map((line, i, all) => (line === undefined ? "" : line + (i < all.length - 1 ? "\n" : "")))
    .join("");
}

const corpus = readdirSync(new URL("corpus/", root)).filter((f) => f.endsWith(".txt"));

describe("cleanClutter with dictionaries/clutter.yaml", () => {
  const rules = realRules();

  it("removes the seed's '>>:' line, its teasers and the 著者 trailer", () => {
    const source = read("corpus/000_ff73a4c8bf075508.txt");
    const { text } = cleanClutter(source, rules);
    expect(text).not.toContain(">>:");
    expect(text).not.toContain("著者");
    expect(text).not.toContain("WeChat");
    expect(text).not.toMatch(/\.\.\.$/mu);
    // The article is its first line; it ends with its last sentence.
    expect(text.split("\n").filter((l) => l.trim() !== "")).toHaveLength(1);
    expect(text.trimEnd().endsWith("良質な共存エコシステムが形成されるのです。")).toBe(true);
  });

  it.each(corpus)("keeps every line of the article body of %s", (file) => {
    const source = read(`corpus/${file}`);
    const { text } = cleanClutter(source, rules);
    expect(text.split("\n")).toEqual(expectedClean(source).split("\n"));
  });

  it.each(corpus)("maps every kept character of %s back to itself", (file) => {
    const source = read(`corpus/${file}`);
    const { text, map } = cleanClutter(source, rules);
    for (let p = 0; p < text.length; p++) {
      if (source[map.toSource(p)] !== text[p]) throw new Error(`${file}: output ${p} maps to ${map.toSource(p)}`);
    }
  });

  it("removes the clutter of 080 that holds terms of all three concepts", () => {
    const source = read("corpus/080_convenience_web.txt");
    const { text } = cleanClutter(source, rules);
    expect(text).not.toContain("物流のネットワーク効果を最大化");
    expect(text).not.toContain("規模の経済を武器に");
    expect(text).not.toContain("範囲の経済を追求した結果");
    expect(text).toContain("規模の経済と範囲の経済をどう組み合わせるかが");
  });

  it("keeps a long line that ends in an ellipsis and a line with only a quoted ellipsis inside", () => {
    const body = "規模の経済が働く分野では、先に大きくなった企業ほど費用を下げられるため、後発の企業が同じ価格で対抗するのはきわめて難しいと多くの専門家が指摘しているが、本当にそうなのだろうか……";
    expect(Array.from(body).length).toBeGreaterThan(80);
    expect(cleanClutter(body, rules).text).toBe(body);
    const inner = "「規模の経済…」と彼は言い、続けた。";
    expect(cleanClutter(inner, rules).text).toBe(inner);
  });
});

describe("cleanClutter", () => {
  const rules: ClutterRules = { lines: [/^>>/u], teasers: [], trailers: [/(?<=。)著者[:：]/u] };

  it("removes a matching line with its line break and cuts a trailer to the end of its line", () => {
    const source = "本文。著者: 某\r\n>>: 次\r\n続き。";
    const { text, map } = cleanClutter(source, rules);
    expect(text).toBe("本文。\r\n続き。");
    expect(map.toSource(text.indexOf("続き"))).toBe(source.indexOf("続き"));
  });

  it("never removes a blank line", () => {
    const blank: ClutterRules = { lines: [/^\s*$/u], teasers: [], trailers: [] };
    expect(cleanClutter("a\n\nb", blank).text).toBe("a\n\nb");
  });
});

describe("cleanClutter never erases the only text", () => {
  const rules = realRules();

  it("keeps a one-line document that ends in … (it is the article, not a teaser)", () => {
    // Held-out excerpts (code index ids 56301681226 and 71576962798), not looked at while writing the rule.
    for (const line of [
      "1人のスタッフが見れる物件数が 5-10 件で頭打ちになるから、規模の経済が効きにくい…",
      "このディレクトリの KAGRA 感度研究は、検出器ネットワークの効果を直接定量化しています…\n",
    ]) {
      const { text, map } = cleanClutter(line, rules);
      expect(text).toBe(line);
      expect(map.toSource(5)).toBe(5);
    }
  });

  it("keeps teaser-like lines when no other line has text, but still drops them around an article", () => {
    const teasers = "範囲の経済とは何か…\n\n規模の経済の基本…\n";
    expect(cleanClutter(teasers, rules).text).toBe(teasers);
    const article = "規模の経済が働く業界では、先行企業が有利になる。\n>>: 次の記事\n範囲の経済とは何か…\n";
    expect(cleanClutter(article, rules).text).toBe("規模の経済が働く業界では、先行企業が有利になる。\n");
  });

  it("keeps a document made only of lines that look like navigation or credits", () => {
    const only = "Copyright 2024 規模の経済研究会\n";
    expect(cleanClutter(only, rules).text).toBe(only);
    expect(cleanClutter("", rules).text).toBe("");
    expect(cleanClutter("\n\n", rules).text).toBe("\n\n");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences, type Span } from "../../src/text/split-sentences.js";

const texts = (text: string, sentences: readonly Span[]): string[] => sentences.map((s) => text.slice(s.start, s.end));
const split = (text: string): string[] => texts(text, splitSentences(text));
/** The pieces a long run is tokenized in (a normal sentence is its own single piece). */
const piecesOf = (text: string, maxLength: number): Span[] => splitSentences(text, { maxLength }).flatMap((s) => s.pieces);

/** Dictionary terms as they appear after normalisation (the ones the cutter must not break). */
const TERMS = ["規模の経済", "規模の効果", "規模のメリット", "スケール効果", "スケールメリット", "ネットワーク効果", "ネットワークの効果", "ネットワーク外部性", "範囲の経済", "範囲の効果", "スコープ効果", "エリア効果"];

/** Occurrences of `term` in `text` that are not inside one piece. */
function brokenTerms(text: string, pieces: readonly Span[]): string[] {
  const broken: string[] = [];
  for (const term of TERMS) {
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
      if (!pieces.some((p) => p.start <= i && i + term.length <= p.end)) broken.push(`${term}@${i}`);
    }
  }
  return broken;
}

/** Pieces of a run without whitespace must tile it: no gap, no overlap. */
function expectTiles(text: string, pieces: readonly Span[]): void {
  expect(pieces[0]?.start).toBe(0);
  expect(pieces[pieces.length - 1]?.end).toBe(text.length);
  for (let k = 1; k < pieces.length; k++) expect(pieces[k]!.start).toBe(pieces[k - 1]!.end);
}

describe("splitSentences", () => {
  it("ends sentences after 。！？ and their ASCII forms", () => {
    expect(split("規模の経済が働く。ネットワーク効果だ！本当か？そうだ!まさか?")).toEqual([
      "規模の経済が働く。",
      "ネットワーク効果だ！",
      "本当か？",
      "そうだ!",
      "まさか?",
    ]);
  });

  it("keeps closing brackets with the sentence they close", () => {
    expect(split("彼は「規模の経済だ。」と述べた。")).toEqual(["彼は「規模の経済だ。」", "と述べた。"]);
    expect(split("『範囲の経済か？』（注）。")).toEqual(["『範囲の経済か？』", "（注）。"]);
  });

  it("ends a sentence at a line break and never yields empty sentences", () => {
    expect(split("見出し\n\n本文です。\r\n\r\n次の段落")).toEqual(["見出し", "本文です。", "次の段落"]);
  });

  it("ends an English sentence at a full stop followed by a space, not inside 3.5", () => {
    expect(split("Growth was 3.5 percent. Scale matters.")).toEqual(["Growth was 3.5 percent.", "Scale matters."]);
  });

  it("trims spaces at the edges of a sentence", () => {
    const text = "  規模の経済。  ネットワーク効果。 ";
    const sentences = splitSentences(text);
    expect(texts(text, sentences)).toEqual(["規模の経済。", "ネットワーク効果。"]);
    expect(sentences[0]).toEqual({ start: 2, end: 8, pieces: [{ start: 2, end: 8 }] });
  });

  it("leaves a normal sentence whole", () => {
    const sentence = "店舗という一つの資源を多くの用途に使い回す、まさに範囲の経済の典型例だ。";
    expect(split(sentence)).toEqual([sentence]);
  });

  it("cuts a 20,000-character run without punctuation into pieces ≤ maxLength, never inside a term", () => {
    const seed = readFileSync(new URL("../../corpus/000_ff73a4c8bf075508.txt", import.meta.url), "utf8");
    const stripped = seed.replace(/[。、「」\s]/gu, "");
    let run = "";
    while (run.length < 20_000) run += stripped;
    expect(run).toContain("規模の経済");
    expect(run).toContain("ネットワーク効果");
    const pieces = piecesOf(run, 256);
    expect(pieces.length).toBeGreaterThan(20_000 / 256);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(256);
    expectTiles(run, pieces);
    expect(brokenTerms(run, pieces)).toEqual([]);
  });

  it("does not cut inside a term in a long keyword list joined by ・", () => {
    // Tag lists copied from web pages: no space, no 、, no hiragana pair; only ・ separates words.
    const tags = ["規模の経済", "ネットワーク効果", "範囲の経済", "スケールメリット", "プラットフォーム戦略", "補助金戦争", "生成AI", "データセンター"];
    let run = "";
    while (run.length < 2_000) run += tags.join("・") + "・";
    const pieces = piecesOf(run, 256);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(256);
    expectTiles(run, pieces);
    expect(brokenTerms(run, pieces)).toEqual([]);
  });

  it("never cuts a surrogate pair in two", () => {
    const run = "a" + "𠮷".repeat(400);
    const pieces = piecesOf(run, 101);
    expectTiles(run, pieces);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(101);
      const c = run.charCodeAt(p.start);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });

  it("prefers a comma to other places when it has to cut", () => {
    const run = "規模の経済ネットワーク効果範囲の経済、スケールメリットスコープ効果";
    const pieces = piecesOf(run, 24);
    expect(texts(run, pieces)).toEqual(["規模の経済ネットワーク効果範囲の経済、", "スケールメリットスコープ効果"]);
  });

  it("ends a sentence at a lone CR, U+2028 and U+2029 as at LF (issue 19 item 6)", () => {
    for (const eol of ["\n", "\r\n", "\r", "\u2028", "\u2029"]) {
      const text = ["規模の経済", "範囲の経済", "効果"].join(eol);
      expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["規模の経済", "範囲の経済", "効果"]);
    }
  });
});

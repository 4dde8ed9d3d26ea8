import fs from "node:fs";
import path from "node:path";

/*
 * Varied text for comparing tokenizers: the corpus, and text generated from a fixed seed
 * with what trips tokenizers up (unknown words, numbers, Latin, half-width katakana, emoji
 * and other surrogate pairs, symbols, very long runs without 、 or 。).
 */

/** mulberry32: a small seeded generator, so every run sees the same text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusLines(dir = "corpus"): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .flatMap((n) => fs.readFileSync(path.join(dir, n), "utf8").split("\n"))
    .filter((l) => l.trim() !== "");
}

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const KATAKANA = range(0x30a1, 0x30f6);
const HALF_KATAKANA = [...range(0xff66, 0xff9d), "ﾞ", "ﾟ", "ｰ"];
const HIRAGANA = range(0x3041, 0x3093);
const KANJI = [..."経済規模範囲効果市場企業価格需要供給生産費用技術投資競争戦略利益収益資本労働成長産業構造変化独占寡占統合分散"];
const RARE_KANJI = range(0x4e00, 0x9fa5);
const LATIN = [...range(0x41, 0x5a), ...range(0x61, 0x7a)];
const FULL_LATIN = [...range(0xff21, 0xff3a), ...range(0xff41, 0xff5a)];
const DIGITS = range(0x30, 0x39);
const FULL_DIGITS = range(0xff10, 0xff19);
const EMOJI = ["😀", "👍", "👍🏽", "🇯🇵", "👨‍👩‍👧", "〽️", "❤️", "🍣", "𠮷", "𩸽", "𝔘", "🀄", "🤖"];
const SYMBOLS = [..."「」『』（）［］【】・…‥〜ー―-—/\\:;!?！？＆＠＃％＄￥※→←↑↓○●◎△▲□■◇◆★☆♪", " ", "　", "\t", ",", ".", "，", "．"];
const PUNCT = ["、", "。"];

/** One generated text: pieces of the kinds above, with corpus sentences mixed in. */
function generated(next: () => number, lines: readonly string[], maxPieces: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const run = (xs: readonly string[], min: number, max: number): string => {
    let s = "";
    for (let i = min + Math.floor(next() * (max - min + 1)); i > 0; i--) s += pick(xs);
    return s;
  };
  const pieces = 1 + Math.floor(next() * maxPieces);
  let text = "";
  for (let i = 0; i < pieces; i++) {
    const kind = Math.floor(next() * 14);
    if (kind === 0) text += run(KATAKANA, 2, 12);
    else if (kind === 1) text += run(HALF_KATAKANA, 1, 10);
    else if (kind === 2) text += run(HIRAGANA, 1, 6);
    else if (kind === 3) text += run(KANJI, 1, 6);
    else if (kind === 4) text += run(RARE_KANJI, 1, 4);
    else if (kind === 5) text += run(LATIN, 1, 12) + (next() < 0.5 ? " " : "");
    else if (kind === 6) text += run(FULL_LATIN, 1, 8);
    else if (kind === 7) text += run(DIGITS, 1, 8) + (next() < 0.3 ? `.${run(DIGITS, 1, 3)}` : "") + (next() < 0.3 ? "%" : "");
    else if (kind === 8) text += run(FULL_DIGITS, 1, 6) + (next() < 0.5 ? pick(["円", "年", "％", "億", "万"]) : "");
    else if (kind === 9) text += run(EMOJI, 1, 4);
    else if (kind === 10) text += run(SYMBOLS, 1, 3);
    else if (kind === 11) text += pick(PUNCT);
    else {
      const line = pick(lines);
      const from = Math.floor(next() * line.length);
      text += line.slice(from, from + 5 + Math.floor(next() * 60));
    }
  }
  return text;
}

/** Corpus sentences with 、 and 。 removed, joined into one run of about `chars` characters. */
function longRun(next: () => number, lines: readonly string[], chars: number): string {
  let s = "";
  while (s.length < chars) s += (lines[Math.floor(next() * lines.length)] as string).replace(/[、。]/gu, "");
  return s.slice(0, chars);
}

/**
 * The texts: every corpus line, `count` generated texts, and a few long unpunctuated runs
 * (stock kuromoji is quadratic in a run's length, so they are few).
 */
export function conformanceTexts(seed: number, count: number): string[] {
  const lines = corpusLines();
  const next = seeded(seed);
  const texts = [...lines];
  for (let i = 0; i < count; i++) texts.push(generated(next, lines, 40));
  for (const chars of [2000, 5000, 8000]) texts.push(longRun(next, lines, chars));
  texts.push(run8k(next));
  return texts;
}

/** A long run of mixed scripts and emoji without 、 or 。. */
function run8k(next: () => number): string {
  let s = "";
  while (s.length < 8000) s += generated(next, ["規模の経済とネットワーク効果"], 20).replace(/[、。]/gu, "");
  return s;
}

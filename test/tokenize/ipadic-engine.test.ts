import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockTokenizer } from "../../src/tokenize/kuromoji-stock.js";
import { defaultDicPath, loadDictionaryData, tokenizerFromData } from "../../src/tokenize/load-tokenizer.js";
import { decodeDictionary } from "../../src/tokenize/ipadic-decode.js";
import type { Tokenizer } from "../../src/tokenize/tokenizer.js";

const LONG = 120_000;
const dicPath = defaultDicPath();
const CORPUS = fileURLToPath(new URL("../../corpus", import.meta.url));
const SEED_FILE = path.join(CORPUS, "000_ff73a4c8bf075508.txt");

let tmp: string;
let stock: Tokenizer;
let ours: Tokenizer;
/** The engine walking kuromoji's byte trie, as it does for keys the unit trie cannot hold. */
let bytes: Tokenizer;

/**
 * Same tokens, all fields, as stock kuromoji. Where stock throws (a high surrogate without
 * its low half, a NUL), the engine gives words all the same.
 */
function expectSame(text: string): void {
  let want: unknown;
  try {
    want = stock.tokenize(text);
  } catch {
    expect(Array.isArray(ours.tokenize(text))).toBe(true);
    return;
  }
  expect(ours.tokenize(text)).toStrictEqual(want);
  expect(bytes.tokenize(text)).toStrictEqual(want);
}

function corpusLines(): string[] {
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(CORPUS, f), "utf8").split("\n"));
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kouka-lattice-"));
  process.env["XDG_CACHE_HOME"] = path.join(tmp, "xdg");
  stock = await stockTokenizer(dicPath);
  const data = await loadDictionaryData(dicPath);
  ours = tokenizerFromData(data);
  expect(data.unitTrie.length).toBeGreaterThan(0); // IPADIC's keys fit the unit trie
  const byteData = await decodeDictionary(dicPath, false);
  expect([byteData.unitTrie.length, byteData.trie.length > 0]).toEqual([0, true]);
  bytes = tokenizerFromData(byteData);
}, LONG);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const pick = (chars: string) => fc.constantFrom(...Array.from(chars));
const KANJI = pick("日本語東京都大学会社市場経済時間年月人気新型");
const HIRAGANA = pick("あいうえおかきくけこのはにをがでとしたすりるれ");
const KATAKANA = pick("アイウエオカキクケコサービスマーケットデータ");
const HALF_KANA = pick("ｱｲｳｴｵｶｷｸｹｺｻｰﾋﾞｽﾏｯﾄﾟ");
const LATIN = pick("abcxyzABCXYZ ＡＢＣａｂｃ-_.@#/");
const DIGITS = pick("0123456789０１２３４５６７８９一二三百千万.,%");
const PAIRS = fc.constantFrom("😀", "𠮷", "🍣", "𩸽", "👍🏽", "〽️", "\u{1F600}\u{1F601}");
const MISC = pick("。、！？「」（）・…　\t ΩПривет");

const mixed = fc
  .array(fc.oneof(KANJI, HIRAGANA, KATAKANA, HALF_KANA, LATIN, DIGITS, PAIRS, MISC), { maxLength: 300 })
  .map((parts) => parts.join(""));

describe("kouka's IPADIC engine", () => {
  it("matches stock kuromoji on every corpus line", () => {
    for (const line of corpusLines()) expectSame(line);
  }, LONG);

  it("matches stock kuromoji on the seed without 。、 in 256-character pieces", () => {
    const seed = fs.readFileSync(SEED_FILE, "utf8").replace(/[。、]/g, "");
    for (let i = 0; i < seed.length; i += 256) expectSame(seed.slice(i, i + 256));
    // Whole paragraphs too, and pieces cut off-grid so surrogate pairs and words straddle cuts.
    for (let i = 0; i < seed.length; i += 199) expectSame(seed.slice(i, i + 256));
  }, LONG);

  it("matches stock kuromoji on random mixes of scripts, widths and surrogate pairs", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expectSame(text);
      }),
      { numRuns: 400 },
    );
  }, LONG);

  it("matches stock kuromoji on long runs of one class (grouping) and on odd code units", () => {
    const runs = ["a", "ｱ", "😀", "漢", "０", "Ω", " ", "ー"].flatMap((ch) => [ch.repeat(1), ch.repeat(2), ch.repeat(255)]);
    for (const text of runs) expectSame(text);
    for (const text of ["", "\u0000", "a\u0000b", "東京\u0000都", "\uDC00", "あ\uDC00い", "\uDC00\uDC00", "😀\uDC00"]) expectSame(text);
  }, LONG);

  it("reads a high surrogate without its low half as a character, where stock throws", () => {
    for (const text of ["\uD800", "あ\uD800", "\uD800あ", "😀\uD83D", "東京\uD800\uD800\uDC00"]) {
      expect(() => stock.tokenize(text)).toThrow();
      expect(ours.tokenize(text).map((t) => t.surface).join("")).toBe(text);
    }
  });

  it("walks the unit trie as the byte trie where stock throws (NUL, lone high surrogates)", () => {
    for (const text of ["\u0000", "\u0000経済", "\u0000\u0000東京都", "a\u0000b", "東京\u0000都", "規模の\u0000経済", "\uD800", "東京\uD800\uD800\uDC00", "経\uD800済"]) {
      expect(ours.tokenize(text)).toStrictEqual(bytes.tokenize(text));
    }
  });

  it("matches stock kuromoji on a sentence longer than the fast pass takes", () => {
    const seed = fs.readFileSync(SEED_FILE, "utf8").replace(/[。、\n！？]/g, "");
    let text = seed;
    while (text.length < 33_000) text += seed;
    const cut = /[\uD800-\uDBFF]/u.test(text.charAt(32_999)) ? 32_999 : 33_000;
    const long = text.slice(0, cut);
    const want = stock.tokenize(long);
    expect(want.length).toBeGreaterThan(10_000);
    expect(ours.tokenize(long)).toStrictEqual(want);
  }, LONG);

  it("matches stock kuromoji on random UTF-16 strings", () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const any = fc.array(fc.oneof(unit, KANJI, HIRAGANA, PAIRS), { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(any, (text) => {
        expectSame(text);
      }),
      { numRuns: 300 },
    );
  }, LONG);
});

import fc from "fast-check";

/**
 * Pieces that make the pipeline work hard: concept terms and their parts, traps,
 * width variants, clutter markers, line breaks of every kind, controls, lone surrogates,
 * combining marks and astral characters.
 */
const FRAGMENTS = [
  "規模", "の", "経済", "性", "効果", "範囲", "ネットワーク", "ﾈｯﾄﾜｰｸ", "ﾈｯﾄﾜｰｸ効果", "スケール", "メリット",
  "外部性", "スコープ", "エリア", "と", "・", "大", "企業", "的", "な", "。", "、", "！", "?", "「", "」", "（", "）",
  "規模の経済", "範囲の経済性", "ネットワーク効果", "economies of scale", "Network Effects", "ＥＣＯＮＯＭＩＥＳ",
  "ＡＩ", "１２３", "123", " ", "　", "\t", "\n", "\r\n", "\r", "\n\n", "\u2028", ">>: ", "≫：", "…", "...",
  "著者:", "Copyright ", "\u0000", "\u0007", "\u001b", "\u007f", "\u200b", "\ufeff", "\ud800", "\udfff",
  "😀", "𠮷", "e\u0301", "ｶﾞ", "ｳﾞ", "㈱", "①", "ﾞ", "\u3099",
];

/** Strings likely to contain terms, traps and awkward characters, or just any Unicode. */
export const awkwardText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
);

/** Printable Japanese prose-like text (no controls), for round trips through an encoder. */
export const japaneseText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(
    "規模", "の", "経済", "効果", "範囲", "ネットワーク", "スケール", "メリット", "企業", "市場", "が", "を", "は",
    "。", "、", "「", "」", "ＡＩ", "abc", " ", "\n",
  ),
  minLength: 1,
  maxLength: 60,
});

/** Byte strings: pure noise, or encoded Japanese text with a few bytes flipped, dropped or cut. */
export function noisyBytes(encode: (text: string) => Uint8Array): fc.Arbitrary<Uint8Array> {
  const mutated = fc
    .tuple(japaneseText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.boolean())
    .map(([text, flips, cut]) => {
      const bytes = Uint8Array.from(encode(text));
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return cut && bytes.length > 1 ? bytes.subarray(0, bytes.length - 1) : bytes;
    });
  return fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated);
}

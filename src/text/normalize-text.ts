import { MappedTextBuilder, type MappedText } from "./offset-map.js";

/**
 * Characters NFKC leaves alone (plain ASCII, hiragana, full-width katakana, common
 * kanji and Japanese punctuation). Everything else, and anything followed by a
 * combining or half-width sound mark, is normalised as one cluster so that
 * ｶﾞ → ガ is one edit and offsets stay exact.
 */
const cluster = /(?:[^\n\r\t\x20-\x7e\u3001\u3002\u300c-\u300f\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]|[^](?=[\p{M}\uff9e\uff9f]))[\p{M}\uff9e\uff9f]*/gu;

/**
 * Invisible format characters that never split a term nor make a token (DESIGN.md
 * "Input formats"): soft hyphen, combining grapheme joiner, zero-width space, non-joiner
 * and joiner, word joiner and the invisible operators, a BOM inside the text, and the
 * variation selectors. None is in `cluster`'s kept class, so each is edited away in a
 * cluster of its own or with the character it follows (a selector is a mark).
 */
const INVISIBLE = /[\u00ad\u034f\u200b-\u200d\u2060-\u2064\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/**
 * NFKC (full-width Latin and digits, half-width katakana, compatibility forms), with an
 * offset map; invisible format characters are removed. NUL becomes a space and a lone
 * surrogate U+FFFD: JSON text can carry them, and kuromoji throws on both.
 */
export function normalizeText(text: string): MappedText {
  const out = new MappedTextBuilder();
  let last = 0;
  for (const m of text.matchAll(cluster)) {
    const at = m.index;
    out.keep(text.slice(last, at));
    const normal = m[0].replace(/\0/g, " ").replace(/[\ud800-\udfff]/gu, "\ufffd").normalize("NFKC").replace(INVISIBLE, "");
    out.replace(m[0].length, normal);
    last = at + m[0].length;
  }
  out.keep(text.slice(last));
  return out.finish();
}

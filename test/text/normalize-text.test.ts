import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/text/normalize-text.js";

function positions(text: string): { out: string; map: number[] } {
  const m = normalizeText(text);
  return { out: m.text, map: Array.from({ length: m.text.length + 1 }, (_, p) => m.map.toSource(p)) };
}

describe("normalizeText", () => {
  it("turns half-width katakana into full-width, offsets one to one", () => {
    const { out, map } = positions("ﾈｯﾄﾜｰｸ効果");
    expect(out).toBe("ネットワーク効果");
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("maps each character after a half-width voiced mark back exactly", () => {
    // ﾃﾞ and ｶﾞ are two code units each and become one.
    const source = "ﾃﾞｰﾀｶﾞ効果";
    const m = normalizeText(source);
    expect(m.text).toBe("データガ効果");
    for (const ch of ["デ", "ー", "タ", "ガ", "効"]) {
      const p = m.text.indexOf(ch);
      const q = m.map.toSource(p);
      expect(source.slice(q).normalize("NFKC").startsWith(ch)).toBe(true);
    }
    expect(m.map.toSource(m.text.indexOf("ー"))).toBe(2);
    expect(m.map.toSource(m.text.indexOf("効"))).toBe(6);
    expect(m.map.toSource(m.text.length)).toBe(source.length);
  });

  it("turns full-width Latin into ASCII", () => {
    expect(positions("生成ＡＩ")).toEqual({ out: "生成AI", map: [0, 1, 2, 3, 4] });
  });

  it("turns the ideographic space into a space", () => {
    expect(positions("規模の\u3000経済")).toEqual({ out: "規模の 経済", map: [0, 1, 2, 3, 4, 5, 6] });
  });

  it("composes a combining dakuten with its base (2 → 1)", () => {
    const { out, map } = positions("か\u3099き");
    expect(out).toBe("がき");
    expect(map).toEqual([0, 2, 3]);
  });

  it("leaves surrogate pairs (emoji, 𠮷) and plain text untouched", () => {
    const source = "😀𠮷野家のネットワーク効果。abc 123";
    const { out, map } = positions(source);
    expect(out).toBe(source);
    expect(map).toEqual(Array.from({ length: source.length + 1 }, (_, i) => i));
  });

  it("keeps line breaks and tabs as they are", () => {
    expect(normalizeText("ａ\r\nｂ\tｃ\n").text).toBe("a\r\nb\tc\n");
  });

  it("gives the same text as NFKC of the whole string", () => {
    const source = "ＡＩとｽｹｰﾙﾒﾘｯﾄ、㍿、①、ﾊﾟﾌﾟﾍﾟ、か\u3099、😀";
    expect(normalizeText(source).text).toBe(source.normalize("NFKC"));
  });

  it("removes invisible format characters and maps around them (issue 19 item 7)", () => {
    const source = "規\ufe0f模の\u200b経済\u00adネット\u200dワーク\u2060効果\ufeff範囲\u{e0100}の\u200c経済";
    const m = normalizeText(source);
    expect(m.text).toBe("規模の経済ネットワーク効果範囲の経済");
    const at = m.text.indexOf("経済");
    expect(source.slice(m.map.toSource(0), m.map.toSourceEnd(at + 2))).toBe("規\ufe0f模の\u200b経済");
    expect(m.map.toSource(m.text.indexOf("ワーク"))).toBe(source.indexOf("ワーク"));
  });
});

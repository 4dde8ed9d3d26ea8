import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/text/join-wrapped-lines.js";

/** A paragraph copied from a PDF, wrapped at 38 characters, with a term broken across lines. */
const WRAPPED = [
  "中小企業にとって、この構造は二つの意味を持つ。第一に、自前でシステムを開発・",
  "保有していた時代には大企業しか利用できなかった高度な機能を、月額数千円程度の",
  "料金で利用できるようになった。とりわけ、受発注のようなサービスでは、ネットワーク",
  "効果が働くため、取引先が使っているサービスを自社も使わざるを得ない状況が生じ",
  "やすい。",
];

describe("joinWrappedLines", () => {
  it("joins a paragraph wrapped at ~38 characters into one line", () => {
    const source = WRAPPED.join("\n");
    const { text } = joinWrappedLines(source);
    expect(text).toBe(WRAPPED.join(""));
    expect(text).toContain("ネットワーク効果");
  });

  it("maps the joined term back to both of its source lines", () => {
    const source = WRAPPED.join("\n");
    const { text, map } = joinWrappedLines(source);
    const at = text.indexOf("ネットワーク効果");
    expect(map.toSource(at)).toBe(source.indexOf("ネットワーク\n"));
    expect(map.toSource(at + "ネットワーク".length)).toBe(source.indexOf("効果が働く"));
    expect(map.toSource(text.length)).toBe(source.length);
  });

  it("keeps blank lines between paragraphs", () => {
    const source = `${WRAPPED[0]}\n\n${WRAPPED[1]}`;
    expect(joinWrappedLines(source).text).toBe(source);
  });

  it("keeps the break after a line that ends a sentence", () => {
    const source = "受発注のようなサービスでは取引先が使っているサービスを使うことになる。\n次の段落はここから始まり、まだ続いていく文章である";
    expect(joinWrappedLines(source).text).toBe(source);
    const quoted = "担当者は「規模の経済が効いてくるのはこれからだ」\n次の段落はここから始まる";
    expect(joinWrappedLines(quoted).text).toBe(quoted);
  });

  it("keeps the break after a short heading", () => {
    const source = "■調達力という見えない壁\n規模の効果が最もはっきり表れるのは調達の場面であり";
    expect(joinWrappedLines(source).text).toBe(source);
  });

  it("keeps the break before a list item", () => {
    const items = [
      "プラットフォームが成長する理由は主に次の三つに整理できると考えられ",
      "・規模の経済による費用の低下",
      "1. ネットワーク効果による利用者の増加",
      "(2) 範囲の経済",
      "※数値は推計",
    ];
    const source = items.join("\n");
    expect(joinWrappedLines(source).text).toBe(source);
  });

  it("puts one space between Latin words across a break, none elsewhere", () => {
    const latin = "The literature on platforms usually stresses economies of\nscale and network effects.";
    expect(joinWrappedLines(latin).text).toBe("The literature on platforms usually stresses economies of scale and network effects.");
    const mixed = "生成モデルの学習と推論に使う計算資源の調達では大手のAI\n企業が圧倒的に有利である。";
    expect(joinWrappedLines(mixed).text).toBe("生成モデルの学習と推論に使う計算資源の調達では大手のAI企業が圧倒的に有利である。");
  });

  it("drops trailing spaces and the next line's indent at a join", () => {
    const source = "受発注のようなサービスでは取引先との間でデータをやり取りするのでネットワーク  \n   効果が働く。";
    const { text, map } = joinWrappedLines(source);
    expect(text).toBe("受発注のようなサービスでは取引先との間でデータをやり取りするのでネットワーク効果が働く。");
    expect(map.toSource(text.indexOf("効果"))).toBe(source.indexOf("効果"));
  });

  it("joins CRLF-wrapped lines and keeps CRLF elsewhere", () => {
    const source = `${WRAPPED[2]}\r\n${WRAPPED[3]}\r\n\r\n次の段落。\r\n`;
    const { text, map } = joinWrappedLines(source);
    expect(text).toBe(`${WRAPPED[2]}${WRAPPED[3]}\r\n\r\n次の段落。\r\n`);
    expect(map.toSource(text.indexOf("効果"))).toBe(source.indexOf("効果"));
  });
});

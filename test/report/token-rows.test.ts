import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument, prepareText, sentenceTokens, type DocumentAnalysis } from "../../src/pipeline.js";
import type { Row } from "../../src/report/row.js";
import { tokenColumns, tokenRows } from "../../src/report/token-rows.js";
import { loadResources, type Resources } from "../../src/resources.js";
import { documentTokens } from "../concepts/hand-tokens.js";
import type { Token } from "../../src/token.js";
import { analysed } from "./hand-analysis.js";

/** All rows of an analysis, its tokens grouped by sentence as the pipeline yields them. */
function rowsOf(analysis: DocumentAnalysis): Row[] {
  const bySentence = new Map<number, Token[]>();
  for (const t of analysis.tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  return [...tokenRows("d", analysis, bySentence.values())];
}

/** The source text a row's [start, end) code points cover. */
const slice = (source: string, row: Row): string =>
  Array.from(source)
    .slice(Number(row.start), Number(row.end))
    .join("");

describe("tokenRows on hand-built tokens", () => {
  it("has the documented columns", () => {
    expect(tokenColumns).toEqual(["document", "sentence", "index", "surface", "pos", "pos_detail_1", "basic_form", "reading", "start", "end"]);
  });

  it("numbers sentences and tokens from 1, leaving spaces out", () => {
    const source = "規模 の経済\nネットワーク効果";
    const rows = rowsOf(analysed(source, [], documentTokens("規模 の経済", "ネットワーク効果")));
    expect(rows.map((r) => [r.sentence, r.index, r.surface])).toEqual([
      [1, 1, "規模"],
      [1, 2, "の"],
      [1, 3, "経済"],
      [2, 1, "ネットワーク"],
      [2, 2, "効果"],
    ]);
    expect(rows[0]).toEqual({
      document: "d",
      sentence: 1,
      index: 1,
      surface: "規模",
      pos: "名詞",
      pos_detail_1: "一般",
      basic_form: "規模",
      reading: "ヨミ",
      start: 0,
      end: 2,
    });
    for (const row of rows) expect(slice(source, row)).toBe(row.surface);
  });

  it("gives start and end in code points of the original input", () => {
    const source = "𠮷😀規模";
    // After the two astral characters (4 code units), 規模 starts at code point 2.
    const tokens = documentTokens("𠮷😀規模");
    const rows = rowsOf(analysed(source, [], tokens));
    expect(rows.map((r) => [r.surface, r.start, r.end])).toEqual([
      ["𠮷", 0, 1],
      ["😀", 1, 2],
      ["規模", 2, 4],
    ]);
  });
});

describe("tokenRows, made as they are read", () => {
  it("pulls one sentence's tokens at a time", () => {
    let pulled = 0;
    function* sentences(): Generator<Token[]> {
      for (const s of ["規模の経済", "ネットワーク効果", "範囲の経済"]) {
        pulled++;
        yield documentTokens(s).map((t) => ({ ...t, sentence: pulled - 1 }));
      }
    }
    const rows = tokenRows("d", analysed("規模の経済\nネットワーク効果\n範囲の経済"), sentences());
    expect(pulled).toBe(0);
    expect(rows.next().value).toMatchObject({ sentence: 1, index: 1, surface: "規模" });
    expect(pulled).toBe(1);
    expect([...rows].map((r) => r.surface)).toEqual(["の", "経済", "ネットワーク", "効果", "範囲", "の", "経済"]);
    expect(pulled).toBe(3);
  });
});

describe("tokenRows through kuromoji", () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources();
  });

  it("gives the same rows from sentences tokenized on demand as from a whole analysis", () => {
    const source = "規模の経済が働く。\n\nネットワーク効果\nも大きい。ChatGPTの例。";
    const ctx = { ...resources, clean: true };
    const prepared = prepareText(source, ctx);
    expect([...tokenRows("d", prepared, sentenceTokens(prepared, resources.tokenizer))]).toEqual(rowsOf(analyzeDocument(source, ctx)));
  });

  it("leaves the reading empty for unknown words like ChatGPT", () => {
    const rows = rowsOf(analyzeDocument("企業はChatGPTを導入した。", { ...resources, clean: true }));
    const chat = rows.find((r) => r.surface === "ChatGPT");
    expect(chat).toMatchObject({ reading: "", basic_form: "ChatGPT" });
    expect(rows.find((r) => r.surface === "企業")?.reading).toBe("キギョウ");
  });

  it("points every token at its own text in the original input (NFKC of it), wraps and width included", () => {
    const source = [
      "見出し",
      "",
      "利用する企業が増えるほど価値が高まる仕組みは典型的なネットワーク効果",
      "が働く分野で、ＳＮＳやﾌﾘﾏｱﾌﾟﾘの𠮷野家的な事例もある。",
    ].join("\n");
    const rows = rowsOf(analyzeDocument(source, { ...resources, clean: true }));
    expect(rows.length).toBeGreaterThan(10);
    const wrong = rows.filter((r) => slice(source, r).normalize("NFKC") !== r.surface).map((r) => `${r.surface}→${JSON.stringify(slice(source, r))}`);
    expect(wrong).toEqual([]);
  });
});

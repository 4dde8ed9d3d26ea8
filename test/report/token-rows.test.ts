import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "../../src/pipeline.js";
import type { Row } from "../../src/report/row.js";
import { tokenColumns, tokenRows } from "../../src/report/token-rows.js";
import { loadResources, type Resources } from "../../src/resources.js";
import { documentTokens } from "../concepts/hand-tokens.js";
import { analysed } from "./hand-analysis.js";

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
    const rows = tokenRows("d", analysed(source, [], documentTokens("規模 の経済", "ネットワーク効果")));
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
    const rows = tokenRows("d", analysed(source, [], tokens));
    expect(rows.map((r) => [r.surface, r.start, r.end])).toEqual([
      ["𠮷", 0, 1],
      ["😀", 1, 2],
      ["規模", 2, 4],
    ]);
  });
});

describe("tokenRows through kuromoji", () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources();
  });

  it("leaves the reading empty for unknown words like ChatGPT", () => {
    const rows = tokenRows("d", analyzeDocument("企業はChatGPTを導入した。", { ...resources, clean: true }));
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
    const rows = tokenRows("d", analyzeDocument(source, { ...resources, clean: true }));
    expect(rows.length).toBeGreaterThan(10);
    const wrong = rows.filter((r) => slice(source, r).normalize("NFKC") !== r.surface).map((r) => `${r.surface}→${JSON.stringify(slice(source, r))}`);
    expect(wrong).toEqual([]);
  });
});

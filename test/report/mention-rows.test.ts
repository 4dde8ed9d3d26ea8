import { describe, expect, it } from "vitest";
import { mentionColumns, mentionRows } from "../../src/report/mention-rows.js";
import { analysed } from "./hand-analysis.js";

/** A paragraph wrapped at ~38 characters (PDF copy) with 規模の / 経済 broken across lines. */
const WRAPPED = [
  "こうしたサービスは利用企業が増えるほど一社あたりの費用が下がり、規模の",
  "経済が強く働く分野である。",
].join("\n");

describe("mentionRows", () => {
  it("has the documented columns", () => {
    expect(mentionColumns).toEqual(["document", "line", "column", "concept", "term", "matched", "left", "right"]);
  });

  it("gives the text as written, a hard wrap inside it included, with line and column of its start", () => {
    const analysis = analysed(WRAPPED, [{ concept: "scale", term: "規模の経済", evidence: "規模の経済" }]);
    const [row] = mentionRows("doc.txt", analysis, 5);
    expect(row).toEqual({
      document: "doc.txt",
      line: 1,
      column: Array.from(WRAPPED.slice(0, WRAPPED.indexOf("規模の"))).length + 1,
      concept: "scale",
      term: "規模の経済",
      matched: "規模の\n経済",
      left: "が下がり、",
      right: "が強く働く",
    });
  });

  it("gives half-width text as written", () => {
    const analysis = analysed("ＳＮＳではﾈｯﾄﾜｰｸ効果が働く。", [{ concept: "network", term: "ネットワーク効果", evidence: "ネットワーク効果" }]);
    expect(mentionRows("d", analysis, 3)[0]).toMatchObject({ line: 1, column: 6, matched: "ﾈｯﾄﾜｰｸ効果", left: "ＳＮＳでは".slice(-3), right: "が働く" });
  });

  it("does not take the line break after a term that ends a wrapped line", () => {
    const source = ["利用する企業が増えるほど価値が高まる仕組みは典型的なネットワーク効果", "が働く分野である。"].join("\n");
    const analysis = analysed(source, [{ concept: "network", term: "ネットワーク効果", evidence: "ネットワーク効果" }]);
    expect(analysis.text).toContain("ネットワーク効果が働く");
    expect(mentionRows("d", analysis, 5)[0]).toMatchObject({ matched: "ネットワーク効果", right: " が働く分" });
  });

  it("counts columns in code points and lines from 1", () => {
    const source = "見出し\n\n𠮷野家😀の規模の経済。";
    const analysis = analysed(source, [{ concept: "scale", term: "規模の経済", evidence: "規模の経済" }]);
    expect(mentionRows("d", analysis, 20)[0]).toMatchObject({ line: 3, column: 6, left: "見出し 𠮷野家😀の", right: "。" });
  });

  it("shows line breaks in the context as one space", () => {
    const source = "前の行\r\n\r\n規模の経済\n次の行";
    const analysis = analysed(source, [{ concept: "scale", term: "規模の経済", evidence: "規模の経済" }]);
    expect(mentionRows("d", analysis, 10)[0]).toMatchObject({ line: 3, column: 1, left: "前の行 ", right: " 次の行" });
  });

  it("keeps mentions in order and filters by concept", () => {
    const analysis = analysed("規模の経済と範囲の経済、規模の経済。", [
      { concept: "scale", term: "規模の経済", evidence: "規模の経済" },
      { concept: "scope", term: "範囲の経済", evidence: "範囲の経済" },
      { concept: "scale", term: "規模の経済", evidence: "規模の経済", nth: 1 },
    ]);
    expect(mentionRows("d", analysis, 2).map((r) => [r.concept, r.column])).toEqual([
      ["scale", 1],
      ["scope", 7],
      ["scale", 13],
    ]);
    expect(mentionRows("d", analysis, 2, "scope").map((r) => r.column)).toEqual([7]);
    expect(mentionRows("d", analysis, 2, "brand")).toEqual([]);
  });
});

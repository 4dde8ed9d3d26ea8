import { describe, expect, it } from "vitest";
import { importKhCoder } from "../../../src/dictionary/import/import-khcoder.js";
import { guessFormat } from "../../../src/dictionary/import/guess-format.js";
import { importLiwc } from "../../../src/dictionary/import/import-liwc.js";
import { importQuanteda } from "../../../src/dictionary/import/import-quanteda.js";

const near = (words: string[], within: number | "sentence" = "sentence") => ({ op: "near", condition: { words, within } });

describe("KH Coder coding rules", () => {
  it("translates &, |, !, &!, parentheses, near() and seq()", () => {
    const { concepts, notes } = importKhCoder("＊a\nA & (B | C) & !D\n*b\nnear(X-Y)[3] | seq(P-Q) | seq(P-Q)[2]\nor Z\n");
    expect(notes).toEqual([]);
    expect(concepts[0]).toEqual({
      id: "code1",
      label: "a",
      line: 1,
      terms: [{ text: "A", rule: { op: "and", items: [{ op: "or", items: [near(["b"]), near(["c"])] }, { op: "not", item: near(["d"]) }] } }],
    });
    expect(concepts[1]!.terms).toEqual([
      { text: "X", rule: near(["y"], 3) },
      { text: "P Q" }, // Latin words keep a space; Japanese run together (二面市場)
      { text: "P", rule: { op: "seq", steps: [["p"], ["q"]], gap: 1, within: "sentence" } },
      { text: "Z" },
    ]);
  });

  it("reports what has no kouka form by line and keeps the rest", () => {
    const { concepts, notes } = importKhCoder("# comment\n＊x\n!A\n＊y\nB | 'raw'\n＊z\nC & near(A-B)\n");
    expect(concepts.map((c) => c.label)).toEqual(["y"]);
    expect(notes.map((n) => n.line)).toEqual([3, 2, 5, 7, 6]);
  });
});

describe("LIWC and quanteda", () => {
  it("LIWC categories and entries, multiple categories per word", () => {
    const { concepts } = importLiwc("%\n1\tpos\n2\tneg\n%\ngood*\t1\nbad\t2 1\n");
    expect(concepts.map((c) => [c.id, c.terms.map((t) => t.text)])).toEqual([
      ["pos", ["good*", "bad"]],
      ["neg", ["bad"]],
    ]);
  });

  it("quanteda nested keys become parent.child", () => {
    const r = importQuanteda("Economy:\n  Growth rate: [a, b*]\n  Decline: c\n", "q.yml");
    expect("concepts" in r && r.concepts.map((c) => [c.id, c.label, c.terms.length])).toEqual([
      ["economy.growth_rate", "Economy.Growth rate", 2],
      ["economy.decline", "Economy.Decline", 1],
    ]);
  });

  it("guesses the format", () => {
    expect(guessFormat("%\n1\ta\n%\n")).toBe("liwc");
    expect(guessFormat("＊コード\n語\n")).toBe("khcoder");
    expect(guessFormat("key:\n  - a\n")).toBe("quanteda");
  });
});

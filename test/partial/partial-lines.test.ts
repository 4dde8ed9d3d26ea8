import { describe, expect, it } from "vitest";
import { countsResult, headerLine, parsePartialLine, resultLines, termsResult, type PartialHeader } from "../../src/partial/partial-lines.js";
import type { DocumentResult } from "../../src/result/document-result.js";
import { CONCEPTS, result } from "../reduce/fixtures.js";

const header: PartialHeader = { version: "0.1.0", fingerprint: "00abc", concepts: CONCEPTS, settings: { dictionaries: ["economies.yaml"], clean: true, encoding: "auto" } };

const withTerms: DocumentResult = {
  ...result("corpus/a.txt", 40, [[0, 2], [], [2]], { date: "2024-03-05", outlet: "日経" }, "corpus"),
  terms: [
    { text: "補助金戦争", count: 2, segmentations: [[["補助金", "戦争"], 2]], concepts: [], sentences: [0, 3] },
    { text: "市場", count: 1, segmentations: [[["市場"], 1]], concepts: [], sentences: [1] },
    { text: "規模の経済", count: 1, segmentations: [[["規模", "の", "経済"], 1]], concepts: [["scale", 1]], sentences: [0] },
  ],
};

const [countsText = "", termsText = ""] = resultLines("00abc", withTerms).trimEnd().split("\n");

describe("partial lines", () => {
  it("are one JSON object a line: a header, then a counts line and a terms line per document", () => {
    const text = headerLine(header) + resultLines("00abc", withTerms);
    expect(text.split("\n")).toHaveLength(4);
    expect(text.endsWith("\n")).toBe(true);
    const { terms: _, ...withoutTerms } = withTerms;
    expect(resultLines("00abc", withoutTerms).split("\n")).toHaveLength(2);
  });

  it("read back to the same header and result", () => {
    expect(parsePartialLine(headerLine(header).trimEnd())).toEqual({ kind: "header", header });
    const counts = parsePartialLine(countsText);
    const terms = parsePartialLine(termsText);
    if (counts.kind !== "counts" || terms.kind !== "terms") throw new Error("expected a counts and a terms line");
    expect(counts.fingerprint).toBe("00abc");
    const { terms: docTerms, ...countsPart } = withTerms;
    expect(countsResult(counts.line, CONCEPTS)).toEqual(countsPart);
    const t = termsResult(terms.line, CONCEPTS);
    expect(t.terms).toEqual(docTerms);
    expect(t.conceptSentences).toEqual(withTerms.conceptSentences);
  });

  it("skip the lines of a part not asked for without parsing them, fingerprint known", () => {
    expect(parsePartialLine(termsText, ["counts"])).toEqual({ kind: "skipped", fingerprint: "00abc" });
    expect(parsePartialLine(countsText, ["terms"])).toEqual({ kind: "skipped", fingerprint: "00abc" });
    // Not parsed: a terms line cut short passes a merge that does not read terms.
    expect(parsePartialLine(termsText.slice(0, 60), ["counts"]).kind).toBe("skipped");
  });

  it("keep only concepts with mentions (sparse) and carry no totals", () => {
    const line = JSON.parse(countsText) as Record<string, unknown>;
    expect(Object.keys(line["concepts"] as object)).toEqual(["scale", "scope"]);
    expect(Object.keys(line)).not.toContain("per_1k_tokens");
  });

  it("name what is wrong with a line that is cut short or not a partial", () => {
    expect(() => parsePartialLine(countsText.slice(0, countsText.length - 10))).toThrow(/cut short/);
    expect(() => parsePartialLine(termsText.slice(0, termsText.length - 3))).toThrow(/cut short/);
    expect(() => parsePartialLine("[1,2]")).toThrow(/JSON object/);
    expect(() => parsePartialLine('{"document":"a"}')).toThrow(/fingerprint/);
    expect(() => parsePartialLine('{"format":"other/9"}')).toThrow(/format/);
  });

  it("refuse a concept the header does not have", () => {
    const r = parsePartialLine(countsText);
    if (r.kind !== "counts") throw new Error("expected a counts line");
    expect(() => countsResult(r.line, CONCEPTS.slice(1))).toThrow(/scale/);
  });
});

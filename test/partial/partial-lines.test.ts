import { describe, expect, it } from "vitest";
import { headerLine, parsePartialLine, resultLine, toResult, type PartialHeader } from "../../src/partial/partial-lines.js";
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

describe("partial lines", () => {
  it("are one JSON object a line, a header first", () => {
    const text = headerLine(header) + resultLine("00abc", withTerms);
    expect(text.split("\n")).toHaveLength(3);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("read back to the same header and result", () => {
    const h = parsePartialLine(headerLine(header).trimEnd());
    expect(h).toEqual({ kind: "header", header });
    const r = parsePartialLine(resultLine("00abc", withTerms).trimEnd());
    if (r.kind !== "result") throw new Error("expected a result line");
    expect(r.fingerprint).toBe("00abc");
    expect(toResult(r.line, CONCEPTS)).toEqual(withTerms);
  });

  it("keep only concepts with mentions (sparse) and carry no totals", () => {
    const line = JSON.parse(resultLine("00abc", withTerms)) as Record<string, unknown>;
    expect(Object.keys(line["concepts"] as object)).toEqual(["scale", "scope"]);
    expect(Object.keys(line)).not.toContain("per_1k_tokens");
  });

  it("name what is wrong with a line that is cut short or not a partial", () => {
    const full = resultLine("00abc", withTerms).trimEnd();
    expect(() => parsePartialLine(full.slice(0, full.length - 10))).toThrow(/cut short/);
    expect(() => parsePartialLine("[1,2]")).toThrow(/JSON object/);
    expect(() => parsePartialLine('{"document":"a"}')).toThrow(/fingerprint/);
    expect(() => parsePartialLine('{"format":"other/9"}')).toThrow(/format/);
  });

  it("refuse a concept the header does not have", () => {
    const r = parsePartialLine(resultLine("00abc", withTerms).trimEnd());
    if (r.kind !== "result") throw new Error("expected a result line");
    expect(() => toResult(r.line, CONCEPTS.slice(1))).toThrow(/scale/);
  });
});

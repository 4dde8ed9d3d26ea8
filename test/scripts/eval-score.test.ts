import { describe, expect, it } from "vitest";
import { countSubstrings, evaluate, formatTable, scoreOf } from "../../scripts/eval-score.js";

const CONCEPTS = ["scale", "network"];

describe("scoreOf", () => {
  it("computes precision, recall and F1, and treats nothing expected and nothing found as perfect", () => {
    expect(scoreOf({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(scoreOf({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10);
    expect(scoreOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreOf({ tp: 0, fp: 2, fn: 1 }).f1).toBe(0);
  });
});

describe("evaluate", () => {
  it("scores counts per document: min is right, the excess false positives, the shortfall false negatives", () => {
    const result = evaluate(
      [
        { found: { scale: 3, network: 0 }, expected: { scale: 2, network: 1 } },
        { found: { scale: 1 }, expected: { scale: 1, network: 0 } },
      ],
      CONCEPTS,
    );
    expect(result.concepts.get("scale")).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(result.concepts.get("network")).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(result.micro).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect([result.documents, result.exact]).toEqual([2, 1]);
  });
});

describe("countSubstrings", () => {
  const spellings = [
    { text: "規模の経済", concept: "scale" },
    { text: "規模の経済性", concept: "scale" },
    { text: "network effect", concept: "network" },
  ];

  it("counts each place once, longest spelling first, in any case", () => {
    expect(countSubstrings("規模の経済性と規模の経済。Network effects", spellings, CONCEPTS)).toEqual({ scale: 2, network: 1 });
  });

  it("counts what grep counts, traps included", () => {
    expect(countSubstrings("世界規模の経済恐慌", spellings, CONCEPTS)).toEqual({ scale: 1, network: 0 });
  });
});

describe("formatTable", () => {
  it("prints a row per concept, the micro average and the documents exactly right", () => {
    const e = evaluate([{ found: { scale: 1, network: 1 }, expected: { scale: 1, network: 0 } }], CONCEPTS);
    const table = formatTable("dev", e, e).split("\n");
    expect(table[0]).toBe("dev: 1 documents");
    expect(table).toContain("| scale | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |");
    expect(table).toContain("| network | 0.000 | 1.000 | 0.000 | 0.000 | 1.000 | 0.000 |");
    expect(table.at(-1)).toBe("| documents exactly right | 0/1 | | | 0/1 | | |");
  });
});

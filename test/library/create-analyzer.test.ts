import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeText, createAnalyzer, KoukaError } from "../../src/index.js";
import { SEED } from "../cli/run-kouka.js";

// The library through its entry point (src/index.ts), as a program would call it.
const dir = mkdtempSync(path.join(tmpdir(), "kouka-library-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ONE_CONCEPT = `concepts:
  - id: lockin
    label: ロックイン効果
    description: Switching costs.
    terms:
      - ロックイン効果
`;

describe("createAnalyzer", () => {
  it("counts the seed article as the CLI does: 7 scale, 7 network, 4 scope", async () => {
    const analyzer = await createAnalyzer();
    const result = analyzer.analyzeText(readFileSync(SEED, "utf8"), "seed");
    expect(result).toMatchObject({ document: "seed", chars: 3005, tokens: 1460, sentences: 52 });
    expect(result.counts.map((c) => [c.concept, c.count])).toEqual([
      ["scale", 7],
      ["network", 7],
      ["scope", 4],
    ]);
    // Every count is backed by as many mentions.
    expect(result.mentions.filter((m) => m.concept === "scope")).toHaveLength(4);
    expect(analyzer.dictionary.concepts.map((c) => c.id)).toEqual(["scale", "network", "scope"]);
  });

  it("is synchronous once loaded, names a text '-' by default, and gives each mention's place and context (a line break reads as a space)", async () => {
    const analyzer = await createAnalyzer({ width: 3 });
    const result = analyzer.analyzeText("前置き。\nネットワーク効果が働く。");
    expect(result.document).toBe("-");
    expect(result.mentions).toEqual([
      { line: 2, column: 1, concept: "network", term: "ネットワーク効果", matched: "ネットワーク効果", left: "き。 ", right: "が働く" },
    ]);
  });

  it("uses the dictionaries it is given instead of the default one", async () => {
    const file = path.join(dir, "lockin.yaml");
    writeFileSync(file, ONE_CONCEPT);
    const result = (await createAnalyzer({ dictionaries: [file] })).analyzeText("ロックイン効果と規模の経済。");
    expect(result.counts).toEqual([{ concept: "lockin", count: 1, sentencesWith: 1, variants: [["ロックイン効果", 1]] }]);
  });

  it("keeps web clutter with clean: false", async () => {
    const text = readFileSync(SEED, "utf8");
    const cleaned = (await createAnalyzer()).analyzeText(text);
    const kept = (await createAnalyzer({ clean: false })).analyzeText(text);
    expect(kept.chars).toBeGreaterThan(cleaned.chars);
  });

  it("fails with a KoukaError whose message names the file", async () => {
    const missing = path.join(dir, "missing.yaml");
    const error = await createAnalyzer({ dictionaries: [missing] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoukaError);
    expect(error).toMatchObject({ code: "DICT_INVALID", where: missing, message: `${missing}: cannot read the dictionary: no such file or directory` });
    // The CLI's form of the same error says the file once.
    expect((error as KoukaError).describe()).toBe(`${missing}: cannot read the dictionary: no such file or directory`);

    const bad = path.join(dir, "bad.yaml");
    writeFileSync(bad, "concepts:\n  - id: x\n    label: x\n    description: x\n    trems: [a]\n");
    const invalid = await createAnalyzer({ dictionaries: [bad] }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: "DICT_INVALID" });
    expect((invalid as Error).message).toMatch(new RegExp(`^${bad.replace(/[.]/g, "\\.")}:\\d+: `));
  });
});

describe("analyzeText", () => {
  it("analyses one text with the default dictionary", async () => {
    const result = await analyzeText("規模の経済とネットワーク効果が働く。");
    expect(result.counts.map((c) => c.count)).toEqual([1, 1, 0]);
    expect(result.tokens).toBeGreaterThan(0);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractCompounds } from "../../src/compound/extract-compounds.js";
import { analyzeDocument, type PipelineContext } from "../../src/pipeline.js";
import { documentCounts } from "../../src/report/analyze-rows.js";
import { loadResources, type Resources } from "../../src/resources.js";
import { mapDocument } from "../../src/result/map-document.js";
import { documentTerms } from "../../src/terms/term-table.js";
import { CORPUS } from "../cli/run-kouka.js";

let ctx: PipelineContext & Resources;
beforeAll(async () => {
  ctx = { ...(await loadResources()), clean: true };
});

const articles = readdirSync(CORPUS)
  .filter((n) => n.endsWith(".txt"))
  .sort();

describe("mapDocument", () => {
  it("counts as the pipeline does, and records each concept's sentences", () => {
    const text = "規模の経済が効く。ネットワーク効果と範囲の経済。市場。ネットワーク効果。";
    const r = mapDocument({ document: "a.txt", text, dir: ".", meta: { date: "2024" } }, ctx, { terms: false });
    expect(r).toMatchObject({ document: "a.txt", dir: ".", meta: { date: "2024" } });
    expect(r.counts.map((c) => c.count)).toEqual([1, 2, 1]);
    expect(r.conceptSentences).toEqual([[0], [1, 3], [1]]);
    expect(r.terms).toBeUndefined();
  });

  it.each(articles)("takes the same compound terms a sentence at a time as from the whole document (%s)", (name) => {
    const text = readFileSync(path.join(CORPUS, name), "utf8");
    const whole = analyzeDocument(text, ctx, true);
    const compounds = extractCompounds(whole.tokens, ctx.grammar, whole.mentions);
    const expected = documentTerms(compounds).map((t) => ({ ...t, concepts: undefined }));
    const mapped = mapDocument({ document: name, text }, ctx, { terms: true });
    expect(mapped.terms!.map((t) => ({ ...t, concepts: undefined }))).toEqual(expected);
    expect(mapped.counts).toEqual(documentCounts(name, whole, ctx.dictionary).counts);
    // A term that is a concept mention names its concept.
    expect(mapped.terms!.filter((t) => t.concepts.length > 0).every((t) => t.concepts.every(([c]) => ctx.dictionary.concepts.some((k) => k.id === c)))).toBe(true);
  });

  it("takes whole compounds across the windows a long sentence is tagged in", () => {
    // One sentence of ~17,000 characters without 。、, tagged a window at a time; the
    // compounds vary, so window edges fall inside some (国際|ネットワーク効果研究).
    const words = ["大規模言語モデル開発投資計画", "規模の経済", "国際ネットワーク効果研究", "データセンター建設費用", "範囲の経済", "クラウド事業部門"];
    let x = 7;
    let text = "";
    for (let i = 0; i < 1500; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      text += words[x % words.length]! + (x % 3 === 0 ? "と" : "の");
    }
    const whole = analyzeDocument(text, ctx, true);
    expect(whole.sentences).toHaveLength(1);
    const expected = documentTerms(extractCompounds(whole.tokens, ctx.grammar, whole.mentions)).map((t) => ({ ...t, concepts: undefined }));
    const mapped = mapDocument({ document: "long.txt", text }, ctx, { terms: true });
    expect(mapped.terms!.map((t) => ({ ...t, concepts: undefined }))).toEqual(expected);
  });
});

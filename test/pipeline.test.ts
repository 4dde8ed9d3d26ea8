import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument, type PipelineContext, type TokenWindow } from "../src/pipeline.js";
import { loadResources, type Resources } from "../src/resources.js";

let ctx: PipelineContext & Resources;
beforeAll(async () => {
  ctx = { ...(await loadResources()), clean: true };
});

/** The windows `onWindow` is handed, as (first token's surface, terms of its mentions). */
function windows(text: string): { first: string; terms: string[] }[] {
  const seen: TokenWindow[] = [];
  analyzeDocument(text, ctx, false, (w) => seen.push(w));
  return seen.map((w) => ({ first: w.tokens[0]!.surface, terms: w.mentions.map((m) => m.term) }));
}

describe("analyzeDocument's windows", () => {
  // 範囲の効果 counts only where the document talks economics (a near rule within the document).
  it("hand over a mention a document-wide rule keeps once a later sentence decides it, in order", () => {
    const got = windows("範囲の効果が出た。天気は晴れ。午後は雨。事業の話。");
    expect(got.map((w) => w.first)).toEqual(["範囲", "天気", "午後", "事業"]);
    expect(got[0]!.terms).toEqual(["範囲の効果"]);
  });

  it("hand over without it a mention the rule drops at the end of the document", () => {
    const got = windows("範囲の効果が出た。天気は晴れ。午後は雨。");
    expect(got.map((w) => w.first)).toEqual(["範囲", "天気", "午後"]);
    expect(got[0]!.terms).toEqual([]);
  });

  it("give the same mentions as the document's own, window by window", () => {
    const text = "ゲームの範囲の効果。規模の経済。スコープ効果とクロージャ。ネットワーク効果。";
    const analysis = analyzeDocument(text, ctx, true);
    expect(windows(text).flatMap((w) => w.terms)).toEqual(analysis.mentions.map((m) => m.term));
  });
});

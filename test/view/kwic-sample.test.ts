import { describe, expect, it } from "vitest";
import type { MentionRecord } from "../../src/report/mention-rows.js";
import { createKwicSample } from "../../src/view/kwic-sample.js";

const mention = (line: number, concept: string): MentionRecord => ({ line, column: 1, concept, term: "t", matched: "m", left: "l", right: "r" });

function sampleOf(docs: readonly (readonly [string, readonly MentionRecord[]])[], perConcept: number) {
  const s = createKwicSample(perConcept);
  for (const [d, ms] of docs) s.add(d, ms);
  return s.sample();
}

describe("createKwicSample", () => {
  const docs = Array.from({ length: 40 }, (_, i) => [`doc${i}`, [mention(i + 1, "a"), mention(i + 2, "b"), mention(i + 3, "a")]] as const);

  it("keeps everything, unsampled, when it fits", () => {
    const s = sampleOf(docs, 1000);
    expect(s.rows.length).toBe(120);
    expect(s.total).toBe(120);
    expect(s.sampled).toBe(false);
  });

  it("keeps at most N per concept, the same rows whatever the order of documents", () => {
    const s = sampleOf(docs, 7);
    expect(s.sampled).toBe(true);
    expect(s.total).toBe(120);
    expect(s.rows.filter((r) => r.concept === "a").length).toBe(7);
    expect(s.rows.filter((r) => r.concept === "b").length).toBe(7);
    expect(sampleOf([...docs].reverse(), 7).rows).toEqual(s.rows);
    // Spread over the corpus, not its first documents.
    expect(new Set(s.rows.map((r) => r.document)).size).toBeGreaterThan(3);
    expect(s.rows.some((r) => Number(r.document.slice(3)) >= 20)).toBe(true);
  });

  it("orders rows by document, line and column", () => {
    const rows = sampleOf(docs, 5).rows;
    const sorted = [...rows].sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.line - y.line));
    expect(rows).toEqual(sorted);
  });
});

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Mention } from "../src/concepts/mention.js";
import { analyzeDocument, type DocumentAnalysis } from "../src/pipeline.js";
import { loadResources, type Resources } from "../src/resources.js";

/**
 * The corpus against test/fixtures/corpus-expected.json: counts per concept, and the
 * mention strings in document order ("_mentions"; a coordination such as 規模と範囲の経済
 * is listed once per concept it names, as the whole coordinated phrase).
 */
interface Expected {
  readonly scale: number;
  readonly network: number;
  readonly scope: number;
}
const fixture = JSON.parse(readFileSync(new URL("fixtures/corpus-expected.json", import.meta.url), "utf8")) as Record<string, unknown>;
const expectedMentions = fixture._mentions as Record<string, string[]>;
const files = Object.keys(fixture).filter((k) => !k.startsWith("_"));

let resources: Resources;
const analyses = new Map<string, DocumentAnalysis>();
beforeAll(async () => {
  resources = await loadResources();
});

function analysis(file: string): DocumentAnalysis {
  let a = analyses.get(file);
  if (!a) {
    a = analyzeDocument(readFileSync(new URL(`../corpus/${file}`, import.meta.url), "utf8"), { ...resources, clean: true });
    analyses.set(file, a);
  }
  return a;
}

function counts(a: DocumentAnalysis): Expected {
  const c = { scale: 0, network: 0, scope: 0 };
  for (const m of a.mentions) c[m.concept as keyof Expected]++;
  return c;
}

/** The mention's evidence as written in the source. */
function written(a: DocumentAnalysis, m: Mention): string {
  return a.source.slice(a.map.toSource(m.start), a.map.toSource(m.end));
}

/**
 * Each mention as the fixture lists it: mentions that end together (the heads of a
 * coordination and its last term) are all written as the widest of them.
 */
function listed(a: DocumentAnalysis): string[] {
  return a.mentions.map((m) => {
    const widest = a.mentions.filter((o) => o.end === m.end).reduce((w, o) => (o.start < w.start ? o : w));
    return written(a, widest);
  });
}

const nfkc = (s: string): string => s.normalize("NFKC");

describe("corpus", () => {
  it("has expectations for every corpus file", () => {
    expect(files).toHaveLength(9);
    expect(Object.keys(expectedMentions).sort()).toEqual([...files].sort());
  });

  it("finds exactly 7 scale, 7 network and 4 scope mentions, 18 in all, in the seed", () => {
    const a = analysis("000_ff73a4c8bf075508.txt");
    expect(counts(a)).toEqual({ scale: 7, network: 7, scope: 4 });
    expect(a.mentions).toHaveLength(18);
  });

  it.each(files)("%s: counts per concept", (file) => {
    const { scale, network, scope } = fixture[file] as Expected;
    expect(counts(analysis(file))).toEqual({ scale, network, scope });
  });

  it.each(files)("%s: mention strings in document order", (file) => {
    const expected = expectedMentions[file]!;
    expect(listed(analysis(file)).map(nfkc)).toEqual(expected.map(nfkc));
  });

  it.each(files)("%s: every mention points at its text in the original file", (file) => {
    const a = analysis(file);
    const expected = expectedMentions[file]!;
    expect(a.mentions).toHaveLength(expected.length);
    a.mentions.forEach((m, i) => {
      // A coordination's later terms start inside the listed phrase.
      const widest = a.mentions.filter((o) => o.end === m.end).reduce((w, o) => (o.start < w.start ? o : w));
      const offset = a.map.toSource(m.start) - a.map.toSource(widest.start);
      const phrase = expected[i]!.slice(offset);
      expect(phrase.length, `${file} mention ${i}`).toBeGreaterThan(0);
      expect(a.source.startsWith(phrase, a.map.toSource(m.start)), `${file} mention ${i}: ${phrase}`).toBe(true);
    });
  });
});

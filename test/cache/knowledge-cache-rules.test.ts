import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkKnowledge } from "../../src/knowledge/check-knowledge.js";
import { knowledgeCache, readKnowledge, writeKnowledge } from "../../src/cache/knowledge-cache.js";
import { packagePath } from "../../src/package-path.js";
import { analyzeDocument } from "../../src/pipeline.js";
import type { KnowledgeSources } from "../../src/knowledge/knowledge.js";
import { loadTokenizer } from "../../src/tokenize/load-tokenizer.js";
import type { Tokenizer } from "../../src/tokenize/tokenizer.js";

// Rules (and/or/not/seq) and wildcards live in the compiled knowledge: they must survive
// v8.serialize, and the dictionary text (part of the key) decides which cache is used.
const fixture = (name: string) => {
  const file = path.join(packagePath("test", "fixtures", "user-rules"), name);
  return { file, text: readFileSync(file, "utf8") };
};
const data = (name: string) => {
  const file = packagePath("dictionaries", name);
  return { file, text: readFileSync(file, "utf8") };
};

let tmp: string;
let tokenizer: Tokenizer;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-knowledge-rules-"));
  tokenizer = await loadTokenizer();
}, 120_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("knowledge cache with rules and wildcards", () => {
  it("finds the same mentions from the cached knowledge, and another rule text is another key", async () => {
    const sources: KnowledgeSources = { grammar: data("grammar.yaml"), clutter: data("clutter.yaml"), dictionaries: [fixture("rules.yaml")] };
    const checked = await checkKnowledge(sources, Promise.resolve(tokenizer));
    expect(checked.problems).toEqual([]);
    const cache = knowledgeCache(tmp, sources, "build-1", "tokenizer-1", "v20");
    writeKnowledge(cache, checked.knowledge!);
    const cached = readKnowledge(cache)!;
    expect(cached).toStrictEqual(checked.knowledge);
    const doc = readFileSync(fixture("doc.txt").file, "utf8");
    const terms = (k: typeof cached) => analyzeDocument(doc, { ...k, tokenizer, clean: true }).mentions.map((m) => `${m.concept}:${m.term}`);
    expect(terms(cached)).toEqual(terms(checked.knowledge!));
    expect(terms(cached)).toEqual(["advantage:競争優位", "platform:プラットフォーム", "strategy:戦略", "strategy:戦略", "advantage:優位*"]);
    const edited = { ...sources, dictionaries: [{ ...sources.dictionaries[0]!, text: sources.dictionaries[0]!.text.replace("gap: 2", "gap: 0") }] };
    expect(knowledgeCache(tmp, edited, "build-1", "tokenizer-1", "v20").key).not.toBe(cache.key);
  });
});

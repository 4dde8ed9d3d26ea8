import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkKnowledge } from "../../src/knowledge/check-knowledge.js";
import { knowledgeCache, readKnowledge, writeKnowledge } from "../../src/cache/knowledge-cache.js";
import { packagePath } from "../../src/package-path.js";
import { analyzeDocument } from "../../src/pipeline.js";
import type { Knowledge, KnowledgeSources } from "../../src/knowledge/knowledge.js";
import { loadTokenizer } from "../../src/tokenize/load-tokenizer.js";
import type { Tokenizer } from "../../src/tokenize/tokenizer.js";

const read = (...parts: string[]) => {
  const file = packagePath("dictionaries", ...parts);
  return { file, text: readFileSync(file, "utf8") };
};

let tmp: string;
let tokenizer: Tokenizer;
let sources: KnowledgeSources;
let knowledge: Knowledge;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-knowledge-"));
  tokenizer = await loadTokenizer();
  sources = { grammar: read("grammar.yaml"), clutter: read("clutter.yaml"), dictionaries: [read("economies.yaml")] };
  const checked = await checkKnowledge(sources, Promise.resolve(tokenizer));
  expect(checked.problems).toEqual([]);
  knowledge = checked.knowledge!;
}, 120_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("knowledge cache", () => {
  it("gives back knowledge equal to what was stored, and analysing with it finds the same mentions", () => {
    const cache = knowledgeCache(tmp, sources, "build-1", "tokenizer-1", "v20");
    expect(readKnowledge(cache)).toBeNull();
    writeKnowledge(cache, knowledge);
    const cached = readKnowledge(cache);
    expect(cached).toStrictEqual(knowledge);
    const seed = readFileSync(path.join(packagePath("corpus"), "000_ff73a4c8bf075508.txt"), "utf8");
    const mentions = (k: Knowledge) => analyzeDocument(seed, { ...k, tokenizer, clean: true }).mentions;
    expect(mentions(cached!)).toStrictEqual(mentions(knowledge));
    expect(mentions(knowledge)).toHaveLength(18);
  });

  it("is stale when a file's text, the build, the tokenizer or the runtime changes", () => {
    const cache = knowledgeCache(tmp, sources, "build-1", "tokenizer-1", "v20");
    writeKnowledge(cache, knowledge);
    const edited = { ...sources, dictionaries: [{ ...sources.dictionaries[0]!, text: `${sources.dictionaries[0]!.text}\n# edited\n` }] };
    const editedCache = knowledgeCache(tmp, edited, "build-1", "tokenizer-1", "v20");
    expect(editedCache.file).toBe(cache.file); // same files: the same slot, replaced when rewritten
    expect(readKnowledge(editedCache)).toBeNull();
    expect(readKnowledge(knowledgeCache(tmp, sources, "build-2", "tokenizer-1", "v20"))).toBeNull();
    expect(readKnowledge(knowledgeCache(tmp, sources, "build-1", "tokenizer-2", "v20"))).toBeNull();
    expect(readKnowledge(knowledgeCache(tmp, sources, "build-1", "tokenizer-1", "v22"))).toBeNull();
    expect(readKnowledge(cache)).not.toBeNull();
  });

  it("reads garbage, a foreign file or a truncated one as no cache", () => {
    const cache = knowledgeCache(tmp, sources, "build-3", "tokenizer-1", "v20");
    writeKnowledge(cache, knowledge);
    const good = readFileSync(cache.file);
    for (const bad of [Buffer.from("junk"), Buffer.alloc(0), good.subarray(0, good.length >> 1), Buffer.concat([Buffer.from("KOUKAKNW"), Buffer.from("junk")])]) {
      writeFileSync(cache.file, bad);
      expect(readKnowledge(cache)).toBeNull();
    }
  });

  it("keeps the 32 newest caches of different data file sets", () => {
    const dir = path.join(tmp, "many");
    for (let i = 0; i < 40; i++) {
      const set = { ...sources, dictionaries: [{ file: `/dict-${i}.yaml`, text: "" }] };
      writeKnowledge(knowledgeCache(dir, set, "b", "t", "v20"), knowledge);
    }
    expect(readdirSync(dir).filter((n) => n.startsWith("knowledge-"))).toHaveLength(32);
  });

  it("never throws when the folder cannot be written", () => {
    const blocker = path.join(tmp, "file");
    writeFileSync(blocker, "");
    const cache = knowledgeCache(path.join(blocker, "kouka"), sources, "b", "t", "v20");
    expect(() => writeKnowledge(cache, knowledge)).not.toThrow();
    expect(readKnowledge(cache)).toBeNull();
  });
});

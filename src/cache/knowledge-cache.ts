import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { Knowledge, KnowledgeSources } from "../knowledge/knowledge.js";
import { shortHash } from "./short-hash.js";
import { trimCache } from "./trim-cache.js";
import { writeFileAtomic } from "./write-atomic.js";

/*
 * The checked, compiled knowledge (grammar, clutter rules, concepts, matcher) of one set of
 * data files, so a start-up reads one small file instead of parsing YAML and tokenizing every
 * term. A file is "KOUKAKNW" then v8.serialize({ key, knowledge }); the key holds everything
 * the knowledge was made from (the files' text, the code, the tokenizer's dictionary), so a
 * stale file is never used, only replaced.
 */

/** Bump when Knowledge changes shape. */
const FORMAT = 2;
const MAGIC = Buffer.from("KOUKAKNW", "latin1");
/** Caches of other dictionary sets kept in the folder; the oldest beyond this are deleted. */
const KEEP = 32;
const PREFIX = "knowledge-";

export interface KnowledgeCache {
  readonly file: string;
  readonly key: string;
}

/**
 * Where the knowledge of `sources` is cached: one file per build of kouka (`build`) and set
 * of data file paths, keyed by their contents, the tokenizer (`tokenizerKey`) and the
 * runtime (`runtime`, Node's version: its ICU decides NFKC, which shapes the compiled terms).
 */
export function knowledgeCache(cacheDir: string, sources: KnowledgeSources, build: string, tokenizerKey: string, runtime: string): KnowledgeCache {
  const all = [sources.grammar, sources.clutter, ...sources.dictionaries];
  const name = `${PREFIX}${shortHash(JSON.stringify([build, all.map((s) => s.file)]))}.bin`;
  const key = JSON.stringify({ FORMAT, build, node: runtime, tokenizerKey, all });
  return { file: path.join(cacheDir, name), key };
}

/** The cached knowledge, or null if absent, stale or unreadable. Never throws. */
export function readKnowledge(cache: KnowledgeCache): Knowledge | null {
  try {
    const bytes = fs.readFileSync(cache.file);
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const stored = v8.deserialize(bytes.subarray(MAGIC.length)) as { key?: unknown; knowledge?: Knowledge };
    return stored.key === cache.key && stored.knowledge ? stored.knowledge : null;
  } catch {
    return null;
  }
}

/** Stores the knowledge atomically and trims the folder to the newest caches. Never throws. */
export function writeKnowledge(cache: KnowledgeCache, knowledge: Knowledge): void {
  try {
    writeFileAtomic(cache.file, [MAGIC, v8.serialize({ key: cache.key, knowledge })]);
    trimCache(path.dirname(cache.file), PREFIX, KEEP);
  } catch {
    // An unwritable cache folder just means no cache.
  }
}

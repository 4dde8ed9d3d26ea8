import { BUILD_ID } from "../build-id.js";
import { defaultCacheDir } from "../cache/cache-dir.js";
import { knowledgeCache, readKnowledge, writeKnowledge, type KnowledgeCache } from "../cache/knowledge-cache.js";
import { problemsError, type DataProblem } from "../data/data-problem.js";
import type { Knowledge, KnowledgeSources, Resources } from "../knowledge/knowledge.js";
import { dictionaryKey } from "../tokenize/ipadic-cache.js";
import { defaultDicPath, loadTokenizer } from "../tokenize/load-tokenizer.js";
import type { Tokenizer } from "../tokenize/tokenizer.js";
import { DEFAULT_DICTIONARY, readSources } from "./data-files.js";

/**
 * Parses and checks the data files (the YAML reader and the checks load only now: most runs
 * find their knowledge in the cache). The tokenizer starts loading first, in the background.
 */
async function check(sources: KnowledgeSources, tokenizer: Promise<Tokenizer>): Promise<{ knowledge?: Knowledge; problems: DataProblem[] }> {
  const { checkKnowledge } = await import("../knowledge/check-knowledge.js");
  return checkKnowledge(sources, tokenizer);
}

function startTokenizer(): Promise<Tokenizer> {
  const tokenizer = loadTokenizer();
  tokenizer.catch(() => {}); // awaited later; this only keeps an early failure from being "unhandled"
  return tokenizer;
}

/** Loads and checks every data file, returning all problems found (for `dict check`). */
export async function checkResources(dictionaryFiles: readonly string[]): Promise<{ problems: DataProblem[] }> {
  const tokenizer = startTokenizer();
  return check(readSources(dictionaryFiles), tokenizer);
}

/**
 * Where the compiled knowledge of `sources` may be cached: only in a bundled build, whose
 * code is identified by BUILD_ID, so edited sources never meet a cache made by older code.
 */
function cacheFor(sources: KnowledgeSources): KnowledgeCache | null {
  const dir = defaultCacheDir();
  if (BUILD_ID === undefined || dir === null) return null;
  try {
    return knowledgeCache(dir, sources, BUILD_ID, dictionaryKey(defaultDicPath()), process.version);
  } catch {
    return null; // the dictionary files are missing: loading the tokenizer reports it
  }
}

/** Loads everything a run needs; a bad data file stops it with DICT_INVALID. */
export async function loadResources(dictionaryFiles: readonly string[] = [DEFAULT_DICTIONARY]): Promise<Resources> {
  const tokenizer = startTokenizer();
  const sources = readSources(dictionaryFiles);
  const cache = cacheFor(sources);
  let knowledge = cache && readKnowledge(cache);
  if (!knowledge) {
    const checked = await check(sources, tokenizer);
    if (!checked.knowledge) throw problemsError(checked.problems);
    knowledge = checked.knowledge;
    if (cache) writeKnowledge(cache, knowledge);
  }
  return { ...knowledge, tokenizer: await tokenizer };
}

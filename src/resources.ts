import { BUILD_ID } from "./build-id.js";
import { defaultCacheDir } from "./cache/cache-dir.js";
import type { Matcher } from "./concepts/compile-matcher.js";
import { problemsError, type DataProblem } from "./data/data-problem.js";
import { readDataFile } from "./data/read-data-file.js";
import type { Dictionary } from "./dictionary/dictionary.js";
import type { Grammar } from "./grammar/load-grammar.js";
import { knowledgeCache, readKnowledge, writeKnowledge, type KnowledgeCache } from "./knowledge/knowledge-cache.js";
import { packagePath } from "./package-path.js";
import type { ClutterRules } from "./text/clean-clutter.js";
import { dictionaryKey } from "./tokenize/ipadic-cache.js";
import { defaultDicPath, loadTokenizer, type KuromojiTokenizer } from "./tokenize/load-tokenizer.js";

export const DEFAULT_DICTIONARY = packagePath("dictionaries", "economies.yaml");
const GRAMMAR_FILE = packagePath("dictionaries", "grammar.yaml");
const CLUTTER_FILE = packagePath("dictionaries", "clutter.yaml");

/** The checked knowledge from the data files: grammar, clutter rules, concepts and their matcher. */
export interface Knowledge {
  readonly grammar: Grammar;
  readonly clutter: ClutterRules;
  readonly dictionary: Dictionary;
  readonly matcher: Matcher;
}

/** Everything a run uses: the knowledge and the tokenizer. */
export interface Resources extends Knowledge {
  readonly tokenizer: KuromojiTokenizer;
}

export interface DataSource {
  readonly file: string;
  readonly text: string;
}

/** The text of every data file a run reads. */
export interface KnowledgeSources {
  readonly grammar: DataSource;
  readonly clutter: DataSource;
  readonly dictionaries: readonly DataSource[];
}

function readSource(file: string): DataSource {
  return { file, text: readDataFile(file) };
}

/** Read synchronously: a few small files, and a start-up is faster without the round trips. */
function readSources(dictionaryFiles: readonly string[]): KnowledgeSources {
  const [grammar, clutter, ...dictionaries] = [GRAMMAR_FILE, CLUTTER_FILE, ...dictionaryFiles].map(readSource);
  return { grammar: grammar!, clutter: clutter!, dictionaries };
}

/**
 * Parses and checks the data files (the YAML reader and the checks load only now: most runs
 * find their knowledge in the cache). The tokenizer starts loading first, in the background.
 */
async function check(
  sources: KnowledgeSources,
  tokenizer: Promise<KuromojiTokenizer>,
): Promise<{ knowledge?: Knowledge; problems: DataProblem[] }> {
  const { checkKnowledge } = await import("./knowledge/check-knowledge.js");
  return checkKnowledge(sources, tokenizer);
}

function startTokenizer(): Promise<KuromojiTokenizer> {
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
    return knowledgeCache(dir, sources, BUILD_ID, dictionaryKey(defaultDicPath()));
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

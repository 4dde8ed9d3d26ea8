import { createRequire } from "node:module";
import path from "node:path";
import { KoukaError } from "../errors.js";
import { defaultCacheDir } from "../cache/cache-dir.js";
import { openDictionary, type OpenDictionary } from "./ipadic-cache.js";
import { isDictionaryData, type DictionaryData } from "./ipadic-data.js";
import { wholePages } from "./ipadic-pages.js";
import { ipadicEngine } from "./ipadic-engine.js";
import type { Tokenizer } from "./tokenizer.js";

export type { DictionaryData } from "./ipadic-data.js";

const require = createRequire(import.meta.url);

/** IPADIC as shipped with kuromoji, resolved from the package, never the working directory. */
export function defaultDicPath(): string {
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

function loadError(dicPath: string, err: unknown): KoukaError {
  const why = err instanceof Error ? err.message : String(err);
  return new KoukaError("TOKENIZER_LOAD", dicPath, `cannot load the tokenizer dictionary: ${why}`);
}

/** One promise per dictionary path: concurrent callers share it, a rejected one is forgotten so a later call retries. */
function memoised<T>(loads: Map<string, Promise<T>>, dicPath: string, load: () => Promise<T>): Promise<T> {
  let pending = loads.get(dicPath);
  if (!pending) {
    pending = load();
    loads.set(dicPath, pending);
    const settled = pending;
    settled.catch(() => {
      if (loads.get(dicPath) === settled) loads.delete(dicPath);
    });
  }
  return pending;
}

const opened = new Map<string, Promise<OpenDictionary>>();
const tokenizerLoads = new Map<string, Promise<Tokenizer>>();

/** The dictionary at `dicPath`, opened once per path: from the user cache when valid, else decoded and cached. */
function open(dicPath: string): Promise<OpenDictionary> {
  return memoised(opened, dicPath, async () => {
    try {
      return await openDictionary(dicPath, defaultCacheDir());
    } catch (err) {
      throw loadError(dicPath, err);
    }
  });
}

/**
 * The decoded dictionary, whole and shared-memory backed: post it to worker threads (it is
 * not copied) and call tokenizerFromData there.
 */
export async function loadDictionaryData(dicPath: string = defaultDicPath()): Promise<DictionaryData> {
  const { data, pages } = await open(dicPath);
  pages.loadAll();
  return data;
}

/**
 * The IPADIC engine over already loaded data, e.g. in a worker that received it by
 * postMessage. Synchronous and cheap: it views the shared arrays instead of copying them.
 */
export function tokenizerFromData(data: DictionaryData): Tokenizer {
  if (!isDictionaryData(data)) throw loadError("", "not dictionary data from loadDictionaryData");
  try {
    return ipadicEngine(data, wholePages(data.trie.buffer));
  } catch (err) {
    throw loadError("", err);
  }
}

/**
 * Loads the IPADIC engine once per dictionary path; concurrent callers share one load; a failed load
 * can be retried. From the cache, only what tokenizing touches is read, page by page.
 */
export function loadTokenizer(dicPath: string = defaultDicPath()): Promise<Tokenizer> {
  return memoised(tokenizerLoads, dicPath, async () => {
    const { data, pages } = await open(dicPath);
    try {
      return ipadicEngine(data, pages);
    } catch (err) {
      throw loadError(dicPath, err);
    }
  });
}

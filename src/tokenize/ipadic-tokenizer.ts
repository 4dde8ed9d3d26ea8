import type { IpadicFeatures, Tokenizer, TokenInfoDictionary } from "kuromoji";
import type { DictionaryData } from "./ipadic-data.js";
import { featureReader } from "./ipadic-features.js";
import { latticeBuilder, type UnknownWords } from "./ipadic-lattice.js";
import { ensure, type Pages } from "./ipadic-pages.js";
import {
  ByteBufferClass,
  ConnectionCostsClass,
  doublearray,
  DynamicDictionariesClass,
  TokenInfoDictionaryClass,
  TokenizerClass,
  UnknownDictionaryClass,
  type ByteBuffer,
  type UnknownDictionary,
  type ViterbiLattice,
} from "./ipadic-kuromoji.js";

type TargetMap = Record<string, ArrayLike<number> | undefined>;

/**
 * Stands in for TokenInfoDictionary.target_map, which ViterbiBuilder reads only as
 * `target_map[trieId]` then `.length` and `[i]` (through parseInt). Rows come straight from
 * the shared arrays instead of ~326 000 JS arrays built per process; an id without values
 * yields undefined, as a key missing from the stock object does.
 */
function targetMap(starts: Int32Array, ids: Int32Array): TargetMap {
  return new Proxy(Object.create(null) as TargetMap, {
    get(_target, property) {
      if (typeof property !== "string") return undefined;
      const key = Number(property);
      if (!Number.isInteger(key) || key < 0 || key + 1 >= starts.length) return undefined;
      const from = starts[key] ?? 0;
      const to = starts[key + 1] ?? 0;
      return from < to ? ids.subarray(from, to) : undefined;
    },
  });
}

/** Reads the pages under a whole section. */
function ensureView(pages: Pages, view: ArrayBufferView): void {
  ensure(pages, view.byteOffset, view.byteOffset + view.byteLength);
}

/**
 * A kuromoji Tokenizer over `data` with nothing copied: the trie, costs and ByteBuffers view
 * the shared arrays. The dictionaries are made with Object.create because their constructors
 * allocate 10 MB scratch buffers that loading would replace at once. Whatever reads the big
 * sections asks `pages` for them first; the small ones are read now.
 */
export function buildTokenizer(data: DictionaryData, pages: Pages): Tokenizer<IpadicFeatures> {
  // The character maps are read per character by the lattice builder; compatibility
  // classes are used by nothing kouka calls.
  for (const view of [data.posNames, data.unknownInfo, data.unknownFeatures, data.unknownMap, data.charInvoke]) ensureView(pages, view);
  // doublearray.load reads the end of check to find where the trie stops.
  ensure(pages, data.trieCheck.byteOffset + data.trieCheck.byteLength - 8, data.trieCheck.byteOffset + data.trieCheck.byteLength);
  const trie = doublearray.load(data.trieBase, data.trieCheck);

  // Tokenizer reads words through dictionary (ViterbiBuilder), target_map and getFeatures only.
  const features = featureReader({ starts: data.featureStarts, units: data.featureUnits, posNames: data.posNames }, pages);
  const tokenInfo = Object.create(TokenInfoDictionaryClass.prototype) as TokenInfoDictionary & {
    dictionary: ByteBuffer;
    target_map: TargetMap;
  };
  tokenInfo.dictionary = new ByteBufferClass(data.tokenInfo);
  tokenInfo.target_map = targetMap(data.targetStarts, data.targetIds);
  tokenInfo.getFeatures = (tokenIdText: string) => {
    // parseInt as stock getFeatures does: Tokenizer passes the numeric node name.
    const tokenId = parseInt(tokenIdText);
    return Number.isNaN(tokenId) ? "" : features(tokenId);
  };

  const costs = new ConnectionCostsClass(0, 0);
  ensure(pages, data.connectionCosts.byteOffset, data.connectionCosts.byteOffset + 4);
  costs.loadConnectionCosts(data.connectionCosts);
  // ViterbiSearcher reads one cost per edge; each row is read when first used.
  const stockGet = costs.get.bind(costs);
  const costsAt = data.connectionCosts.byteOffset;
  const backward = data.connectionCosts[1] ?? 0;
  costs.get = (forwardId: number, backwardId: number): number => {
    const byte = costsAt + (forwardId * backward + backwardId + 2) * 2;
    if (pages.loaded[byte >>> pages.shift] === 0) pages.load(byte >>> pages.shift);
    return stockGet(forwardId, backwardId);
  };

  // loadUnknownDictionaries sets every field the constructor would (dictionary, pos_buffer,
  // target_map, character_definition); the unknown-word data is tiny, so kuromoji's own
  // loaders are kept for it.
  const unknown = Object.create(UnknownDictionaryClass.prototype) as UnknownDictionary;
  unknown.loadUnknownDictionaries(
    data.unknownInfo,
    data.unknownFeatures,
    data.unknownMap,
    data.charCategories,
    data.charCompatible,
    data.charInvoke,
  );

  const tokenizer = new TokenizerClass(new DynamicDictionariesClass(trie, tokenInfo, costs, unknown));
  // kuromoji's ViterbiBuilder is quadratic per sentence; ipadic-lattice builds the same lattice
  // in time bounded by the longest word per position, reading the shared arrays directly.
  const builder = (tokenizer as unknown as { viterbi_builder: { build(sentence: string): ViterbiLattice } }).viterbi_builder;
  // Stock reads the arrays through kuromoji's own objects: give it all of them.
  const original = builder.build.bind(builder);
  const stockBuild = (sentence: string): ViterbiLattice => {
    pages.loadAll();
    return original(sentence);
  };
  builder.build = latticeBuilder(
    {
      trieBase: data.trieBase,
      trieCheck: data.trieCheck,
      targetStarts: data.targetStarts,
      targetIds: data.targetIds,
      tokenInfo: data.tokenInfo,
      unknown: unknown as unknown as UnknownWords,
      charCategories: data.charCategories,
      pages,
    },
    stockBuild,
  );
  return tokenizer;
}

import { createRequire } from "node:module";
import type { ConnectionCosts, DynamicDictionaries, IpadicFeatures, Tokenizer, TokenInfoDictionary } from "kuromoji";
import type { DictionaryData } from "./ipadic-data.js";

/**
 * kuromoji 0.1.2's internal constructors. The package has no "exports" map, so its src/
 * files resolve; doublearray is required from kuromoji's own location because it is
 * kuromoji's dependency, not ours.
 */
const require = createRequire(import.meta.url);
const kuromojiRequire = createRequire(require.resolve("kuromoji/package.json"));

interface Constructor<T> {
  new (...args: never[]): T;
  readonly prototype: T;
}
type DoubleArray = DynamicDictionaries["trie"];
interface UnknownDictionary extends TokenInfoDictionary {
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    categories: Uint8Array,
    compatible: Uint32Array,
    invoke: Uint8Array,
  ): void;
}
type TargetMap = Record<string, ArrayLike<number> | undefined>;

const TokenizerClass = kuromojiRequire("./src/Tokenizer.js") as new (dic: DynamicDictionaries) => Tokenizer<IpadicFeatures>;
const DynamicDictionariesClass = kuromojiRequire("./src/dict/DynamicDictionaries.js") as new (
  trie: DoubleArray,
  tokenInfo: TokenInfoDictionary,
  costs: ConnectionCosts,
  unknown: UnknownDictionary,
) => DynamicDictionaries;
const TokenInfoDictionaryClass = kuromojiRequire("./src/dict/TokenInfoDictionary.js") as Constructor<TokenInfoDictionary>;
const UnknownDictionaryClass = kuromojiRequire("./src/dict/UnknownDictionary.js") as Constructor<UnknownDictionary>;
const ConnectionCostsClass = kuromojiRequire("./src/dict/ConnectionCosts.js") as new (f: number, b: number) => ConnectionCosts;
const ByteBufferClass = kuromojiRequire("./src/util/ByteBuffer.js") as new (bytes: Uint8Array) => unknown;
const doublearray = kuromojiRequire("doublearray") as { load(base: Int32Array, check: Int32Array): DoubleArray };

/**
 * Stands in for TokenInfoDictionary.target_map, which ViterbiBuilder reads only as
 * `target_map[trieId]` then `.length`, `[i]` (through parseInt). Rows come straight from the
 * shared arrays instead of ~326 000 JS arrays built per process; an id without values
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

/**
 * A kuromoji Tokenizer over `data` with nothing copied: the trie, costs and ByteBuffers view
 * the shared arrays. The dictionaries are made with Object.create because their constructors
 * allocate 10 MB scratch buffers that loading would replace at once.
 */
export function buildTokenizer(data: DictionaryData): Tokenizer<IpadicFeatures> {
  const trie = doublearray.load(data.trieBase, data.trieCheck);

  const tokenInfo = Object.create(TokenInfoDictionaryClass.prototype) as TokenInfoDictionary & {
    dictionary: unknown;
    pos_buffer: unknown;
    target_map: TargetMap;
  };
  tokenInfo.dictionary = new ByteBufferClass(data.tokenInfo);
  tokenInfo.pos_buffer = new ByteBufferClass(data.tokenFeatures);
  tokenInfo.target_map = targetMap(data.targetStarts, data.targetIds);

  const costs = new ConnectionCostsClass(0, 0);
  costs.loadConnectionCosts(data.connectionCosts);

  // loadUnknownDictionaries sets every field the constructor would (dictionary, pos_buffer,
  // target_map, character_definition); unk_map is tiny, so kuromoji's own loader is kept.
  const unknown = Object.create(UnknownDictionaryClass.prototype) as UnknownDictionary;
  unknown.loadUnknownDictionaries(
    data.unknownInfo,
    data.unknownFeatures,
    data.unknownMap,
    data.charCategories,
    data.charCompatible,
    data.charInvoke,
  );

  return new TokenizerClass(new DynamicDictionariesClass(trie, tokenInfo, costs, unknown));
}

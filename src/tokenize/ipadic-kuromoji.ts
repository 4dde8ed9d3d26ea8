import { createRequire } from "node:module";
import type { ConnectionCosts, DynamicDictionaries, IpadicFeatures, Tokenizer, TokenInfoDictionary } from "kuromoji";

/*
 * kuromoji 0.1.2's internal constructors, which @types/kuromoji describes only in part. The
 * package has no "exports" map, so its src/ files resolve; doublearray is required from
 * kuromoji's own location because it is kuromoji's dependency, not ours.
 */
const require = createRequire(import.meta.url);
const kuromojiRequire = createRequire(require.resolve("kuromoji/package.json"));

interface Constructor<T> {
  new (...args: never[]): T;
  readonly prototype: T;
}

export type DoubleArray = DynamicDictionaries["trie"];

export interface ByteBuffer {
  getString(index: number): string;
}

export interface UnknownDictionary extends TokenInfoDictionary {
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    categories: Uint8Array,
    compatible: Uint32Array,
    invoke: Uint8Array,
  ): void;
}

export const TokenizerClass = kuromojiRequire("./src/Tokenizer.js") as new (dic: DynamicDictionaries) => Tokenizer<IpadicFeatures>;
export const DynamicDictionariesClass = kuromojiRequire("./src/dict/DynamicDictionaries.js") as new (
  trie: DoubleArray,
  tokenInfo: TokenInfoDictionary,
  costs: ConnectionCosts,
  unknown: UnknownDictionary,
) => DynamicDictionaries;
export const TokenInfoDictionaryClass = kuromojiRequire("./src/dict/TokenInfoDictionary.js") as Constructor<TokenInfoDictionary>;
export const UnknownDictionaryClass = kuromojiRequire("./src/dict/UnknownDictionary.js") as Constructor<UnknownDictionary>;
export const ConnectionCostsClass = kuromojiRequire("./src/dict/ConnectionCosts.js") as new (f: number, b: number) => ConnectionCosts;
export const ByteBufferClass = kuromojiRequire("./src/util/ByteBuffer.js") as new (bytes: Uint8Array) => ByteBuffer;
export const doublearray = kuromojiRequire("doublearray") as { load(base: Int32Array, check: Int32Array): DoubleArray };

/** The lattice kuromoji's ViterbiSearcher reads; kouka's builder (ipadic-lattice.ts) fills the stock class. */
export interface ViterbiNode {
  readonly name: number;
  readonly start_pos: number;
  readonly length: number;
  readonly surface_form: string;
}
export interface ViterbiLattice {
  append(node: ViterbiNode): void;
  appendEos(): void;
}
export const ViterbiNodeClass = kuromojiRequire("./src/viterbi/ViterbiNode.js") as new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surfaceForm: string,
) => ViterbiNode;
export const ViterbiLatticeClass = kuromojiRequire("./src/viterbi/ViterbiLattice.js") as new () => ViterbiLattice;

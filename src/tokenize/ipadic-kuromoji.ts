import type { ConnectionCosts, DynamicDictionaries, IpadicFeatures, Tokenizer, TokenInfoDictionary } from "kuromoji";
import doublearrayModule from "doublearray";
import ConnectionCostsModule from "kuromoji/src/dict/ConnectionCosts.js";
import DynamicDictionariesModule from "kuromoji/src/dict/DynamicDictionaries.js";
import TokenInfoDictionaryModule from "kuromoji/src/dict/TokenInfoDictionary.js";
import UnknownDictionaryModule from "kuromoji/src/dict/UnknownDictionary.js";
import TokenizerModule from "kuromoji/src/Tokenizer.js";
import ByteBufferModule from "kuromoji/src/util/ByteBuffer.js";
import ViterbiLatticeModule from "kuromoji/src/viterbi/ViterbiLattice.js";
import ViterbiNodeModule from "kuromoji/src/viterbi/ViterbiNode.js";

/*
 * kuromoji 0.1.2's internal constructors, which @types/kuromoji describes only in part (the
 * package has no "exports" map, so its src/ files resolve; src/types/kuromoji-internals.d.ts
 * declares them as unknown, typed here). Imported statically so the CLI bundle holds them:
 * loading them one by one from node_modules cost start-up time. doublearray is kuromoji's
 * dependency, declared as ours at the same version.
 */

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

export const TokenizerClass = TokenizerModule as new (dic: DynamicDictionaries) => Tokenizer<IpadicFeatures>;
export const DynamicDictionariesClass = DynamicDictionariesModule as new (
  trie: DoubleArray,
  tokenInfo: TokenInfoDictionary,
  costs: ConnectionCosts,
  unknown: UnknownDictionary,
) => DynamicDictionaries;
export const TokenInfoDictionaryClass = TokenInfoDictionaryModule as Constructor<TokenInfoDictionary>;
export const UnknownDictionaryClass = UnknownDictionaryModule as Constructor<UnknownDictionary>;
export const ConnectionCostsClass = ConnectionCostsModule as new (f: number, b: number) => ConnectionCosts;
export const ByteBufferClass = ByteBufferModule as new (bytes: Uint8Array) => ByteBuffer;
export const doublearray = doublearrayModule as { load(base: Int32Array, check: Int32Array): DoubleArray };

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
export const ViterbiNodeClass = ViterbiNodeModule as new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: string,
  leftId: number,
  rightId: number,
  surfaceForm: string,
) => ViterbiNode;
export const ViterbiLatticeClass = ViterbiLatticeModule as new () => ViterbiLattice;

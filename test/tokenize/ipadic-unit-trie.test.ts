import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { unitTrie, type UnitTrie } from "../../src/tokenize/ipadic-unit-trie.js";

/*
 * The unit trie built from byte tries that doublearray (kuromoji's trie library) builds, read
 * back in the record format the lattice walks (see ipadic-unit-trie.ts).
 */

const require = createRequire(import.meta.url);
interface DoubleArray {
  bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array };
  traverse(parent: number, code: number): number;
}
const doublearray = require("doublearray") as { builder(): { build(keys: { k: string; v: number }[]): DoubleArray } };

/** A byte trie of `keys`, interleaved as the decoder lays it out, and word groups: key i has i + 1 words. */
function byteTrie(keys: readonly string[]): { trie: Int32Array; words: Int32Array; da: DoubleArray } {
  const words: number[] = [];
  const entries = keys.map((k, i) => {
    const at = words.length;
    words.push(i + 1);
    for (let w = 0; w <= i; w++) words.push(i * 100 + w, i, i + 1, -i - 1);
    return { k, v: at };
  });
  const da = doublearray.builder().build(entries);
  const base = da.bc.getBaseBuffer();
  const check = da.bc.getCheckBuffer();
  const trie = new Int32Array(check.length * 2);
  for (let i = 0; i < check.length; i++) {
    trie[i * 2] = i < base.length ? (base[i] as number) : -i + 1;
    trie[i * 2 + 1] = check[i] as number;
  }
  return { trie, words: Int32Array.from(words), da };
}

/** Walks `key` from the root: the words of its record, or null if no key ends there. */
function lookup(t: UnitTrie, key: string): number[] | null {
  const { codes, records } = t;
  let at = 0;
  for (let i = 0; i < key.length; i++) {
    const code = codes[key.charCodeAt(i)] as number;
    if (code === 0) return null;
    if (i === 0) {
      at = records[code] as number;
    } else {
      const children = records[at] as number;
      const pairs = at + 2 + ((records[at + 1] as number) >> 1) * 4;
      const slots = Math.abs(children);
      at = 0;
      for (let s = 0; s < slots; s++) if (records[pairs + s * 2] === code) at = records[pairs + s * 2 + 1] as number;
    }
    if (at === 0) return null;
  }
  const head = records[at + 1] as number;
  if (head === 0) return null;
  return Array.from(records.subarray(at + 2, at + 2 + (head >> 1) * 4));
}

describe("unit trie", () => {
  const keys = ["経済", "経", "規模の経済", "規模", "a", "ab", "ｱｲ", "é", "ー", ...Array.from({ length: 40 }, (_, i) => `経${String.fromCharCode(0x3041 + i)}`)];

  it("holds every key with its words, and nothing else", () => {
    const { trie, words } = byteTrie(keys);
    const t = unitTrie(trie, words);
    expect(t).not.toBeNull();
    if (!t) return;
    keys.forEach((k, i) => {
      const want = Array.from({ length: i + 1 }, (_, w) => [i * 100 + w, i, i + 1, -i - 1]).flat();
      expect(lookup(t, k)).toEqual(want);
    });
    for (const k of ["規", "規模の", "経済学", "b", "ｱ", "ぁ経"]) expect(lookup(t, k)).toBeNull();
  });

  it("records whether the byte trie's root is its own child by the terminal code", () => {
    const { trie, words, da } = byteTrie(keys);
    expect(unitTrie(trie, words)?.records[0]).toBe(da.traverse(0, 0) === 0 ? 1 : 0);
  });

  it("gives null for keys the byte walk would read otherwise", () => {
    // Above U+FFFF (four bytes), and a surrogate on its own (doublearray encodes a low one).
    for (const bad of [["😀"], ["a😀"], ["a\uDC00b"]]) {
      const { trie, words } = byteTrie(["経済", ...bad]);
      expect(unitTrie(trie, words)).toBeNull();
    }
  });
});

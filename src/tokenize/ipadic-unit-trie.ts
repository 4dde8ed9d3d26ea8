/*
 * The dictionary's keys as a trie over UTF-16 units instead of UTF-8 bytes, built once from
 * kuromoji's byte trie when the dictionary is decoded (and so cached with it). The lattice
 * steps once per character of the text, where the byte trie takes two lookups per byte (the
 * child and its terminal), three bytes per kanji or kana, and it finds a key's words in the
 * key's own record instead of elsewhere: a step reads about one new cache line.
 *
 * Units are renumbered by how often keys use them, from 1 (`codes`; 0: no key has the unit).
 * `records` starts with the root's children by code (record offset, 0 for none; at 0, 1 if
 * the byte trie's root is its own child by the terminal code, see below), then holds one
 * record per node:
 *   [children, words << 1 | (1 if a key ends here), words × (word id, left id, right id,
 *    cost), children × (code, record offset) by code]
 * except that a node with more than LISTED children stores -(table size) and its pairs in
 * an open-addressing table of a power of two size at least twice the children, each at
 * slot code & (size - 1) or the next free one after it (code 0: free slot).
 * A key with no words (which stock would fail on) still counts as found.
 *
 * Walking it finds exactly the keys the byte walk finds as long as every key is shortest-form
 * UTF-8 of characters below U+10000 other than surrogates (the byte walk then cannot stop
 * inside a character, nor match one by a prefix of another), no key is empty and no terminal
 * node has children (so a NUL in the text, which the byte walk reads as the terminal code,
 * ends the walk there as it ends this one). One quirk is kept: in IPADIC's byte trie the
 * root's base and check are 0, so the byte walk steps from the root to itself by a NUL and
 * counts a key without words; NULs starting a walk are passed over that way, and the keys
 * after them span them. IPADIC's keys qualify; for a dictionary whose keys do not,
 * unitTrie gives null and the lattice walks the byte trie.
 */

export interface UnitTrie {
  readonly codes: Uint16Array;
  readonly records: Int32Array;
}

/** The children of each byte-trie node, as compressed rows: kids[starts[p] .. starts[p + 1]). */
function byteChildren(trie: Int32Array): { starts: Int32Array; kids: Int32Array } {
  const nodes = trie.length >> 1;
  const parentOf = (i: number): number => {
    const p = trie[i * 2 + 1] as number;
    if (p < 0 || p >= nodes || p === i) return -1;
    const code = i - (trie[p * 2] as number);
    return code >= 0 && code <= 0xff ? p : -1;
  };
  const starts = new Int32Array(nodes + 1);
  for (let i = 0; i < nodes; i++) {
    const p = parentOf(i);
    if (p >= 0) starts[p + 1] = (starts[p + 1] as number) + 1;
  }
  for (let p = 0; p < nodes; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
  const kids = new Int32Array(starts[nodes] as number);
  const fill = starts.slice(0, nodes);
  for (let i = 0; i < nodes; i++) {
    const p = parentOf(i);
    if (p < 0) continue;
    const k = fill[p] as number;
    kids[k] = i;
    fill[p] = k + 1;
  }
  return { starts, kids };
}

function grown(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/** A trie over units, node 0 the root: each node's unit from its parent, its parent, its value. */
interface UnitNodes {
  readonly count: number;
  readonly unit: Int32Array;
  readonly parent: Int32Array;
  readonly value: Int32Array;
}

/** The byte trie's keys as a trie over units; null if a key does not qualify (see above). */
function unitNodes(trie: Int32Array): UnitNodes | null {
  const { starts, kids } = byteChildren(trie);
  let capacity = 1 << 16;
  let unit = new Int32Array(capacity);
  let parent = new Int32Array(capacity);
  let value = new Int32Array(capacity);
  let count = 1;
  parent[0] = -1;
  // Depth first over byte nodes: [byte node, unit node, code point so far, bytes to come, bytes so far].
  const stack: number[] = [0, 0, 0, 0, 0];
  while (stack.length > 0) {
    const length = stack.pop() as number;
    const need = stack.pop() as number;
    const acc = stack.pop() as number;
    const unitNode = stack.pop() as number;
    const node = stack.pop() as number;
    const base = trie[node * 2] as number;
    for (let k = starts[node] as number, end = starts[node + 1] as number; k < end; k++) {
      const child = kids[k] as number;
      const code = child - base;
      if (code === 0) {
        // A key ending inside a character, an empty key, or a terminal with children.
        if (need !== 0 || unitNode === 0 || starts[child + 1] !== starts[child]) return null;
        const leaf = trie[child * 2] as number;
        value[unitNode] = leaf === 0 ? 1 : leaf; // wordGroups leaves no terminal at 0
        continue;
      }
      let cp = code;
      let left = 0;
      if (need === 0) {
        if (code >= 0xc0 && code <= 0xdf) {
          cp = code & 0x1f;
          left = 1;
        } else if (code >= 0xe0 && code <= 0xef) {
          cp = code & 0x0f;
          left = 2;
        } else if (code >= 0x80) return null; // above U+FFFF, or not a lead byte
      } else {
        if ((code & 0xc0) !== 0x80) return null;
        cp = (acc << 6) | (code & 0x3f);
        left = need - 1;
      }
      if (left > 0) {
        stack.push(child, unitNode, cp, left, length + 1);
        continue;
      }
      const shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
      if (shortest !== length + 1 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      if (count === capacity) {
        capacity *= 2;
        unit = grown(unit, capacity);
        parent = grown(parent, capacity);
        value = grown(value, capacity);
      }
      const made = count++;
      unit[made] = cp;
      parent[made] = unitNode;
      stack.push(child, made, 0, 0, 0);
    }
  }
  return { count, unit: unit.subarray(0, count), parent: parent.subarray(0, count), value: value.subarray(0, count) };
}

/** Children a record lists in order; more go in a hash table (see the file comment). */
export const LISTED = 8;

/** Pair slots for `children` children: as many, or a power of two at least twice as many. */
function slots(children: number): number {
  return children <= LISTED ? children : 1 << (32 - Math.clz32(2 * children - 1));
}

/**
 * Lays the unit trie out as records (see the file comment), depth first so a key's records
 * sit near each other, each node's words copied from its group in `words`.
 */
function layOut(t: UnitNodes, words: Int32Array, rootLoop: boolean): UnitTrie {
  const { count, parent, value } = t;
  // Units renumbered by how many edges carry them, most first, from 1: the root's table stays small.
  const edges = new Int32Array(0x10000);
  for (let i = 1; i < count; i++) {
    const u = t.unit[i] as number;
    edges[u] = (edges[u] as number) + 1;
  }
  const byUse = Array.from({ length: 0x10000 }, (_, u) => u)
    .filter((u) => (edges[u] as number) > 0)
    .sort((a, b) => (edges[b] as number) - (edges[a] as number) || a - b);
  const codes = new Uint16Array(0x10000);
  byUse.forEach((u, i) => (codes[u] = i + 1));
  const code = t.unit.map((u) => codes[u] as number);
  // Each node's children, by code: nodes taken in code order (a counting sort), then by parent.
  const byCode = new Int32Array(byUse.length + 2);
  for (let i = 1; i < count; i++) {
    const c = (code[i] as number) + 1;
    byCode[c] = (byCode[c] as number) + 1;
  }
  for (let c = 0; c + 1 < byCode.length; c++) byCode[c + 1] = (byCode[c + 1] as number) + (byCode[c] as number);
  const sorted = new Int32Array(Math.max(count - 1, 0));
  for (let i = 1; i < count; i++) {
    const c = code[i] as number;
    const k = byCode[c] as number;
    sorted[k] = i;
    byCode[c] = k + 1;
  }
  const first = new Int32Array(count + 1);
  for (let i = 1; i < count; i++) {
    const p = (parent[i] as number) + 1;
    first[p] = (first[p] as number) + 1;
  }
  for (let i = 0; i < count; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const kids = new Int32Array(Math.max(count - 1, 0));
  const fill = first.slice(0, count);
  for (const i of sorted) {
    const p = parent[i] as number;
    const k = fill[p] as number;
    kids[k] = i;
    fill[p] = k + 1;
  }
  // The words of a node: how many (`words` holds its group's count at -value - 1, the rows after it).
  const rowsOf = (node: number): number => {
    const v = value[node] as number;
    const rows = v < 0 ? (words[-v - 1] as number) : 0;
    return rows > 0 ? rows : 0;
  };
  // Depth first (children in code order): each node's offset, then its record.
  const order = new Int32Array(count);
  const offset = new Int32Array(count);
  let size = byUse.length + 1;
  let made = 0;
  const stack = [0];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    order[made++] = node;
    if (node !== 0) {
      offset[node] = size;
      size += 2 + 4 * rowsOf(node) + 2 * slots((first[node + 1] as number) - (first[node] as number));
    }
    for (let k = (first[node + 1] as number) - 1; k >= (first[node] as number); k--) stack.push(kids[k] as number);
  }
  const out = new Int32Array(size);
  out[0] = rootLoop ? 1 : 0;
  for (let k = first[0] as number; k < (first[1] as number); k++) {
    const kid = kids[k] as number;
    out[code[kid] as number] = offset[kid] as number;
  }
  for (let i = 1; i < count; i++) {
    const node = order[i] as number;
    let at = offset[node] as number;
    const from = first[node] as number;
    const to = first[node + 1] as number;
    const rows = rowsOf(node);
    const n = slots(to - from);
    out[at++] = n === to - from ? n : -n;
    out[at++] = (rows << 1) | ((value[node] as number) !== 0 ? 1 : 0);
    for (let w = -(value[node] as number), end = w + rows * 4; w < end; w++) out[at++] = words[w] as number;
    for (let k = from; k < to; k++) {
      const kid = kids[k] as number;
      const c = code[kid] as number;
      let slot = n === to - from ? k - from : c & (n - 1);
      while (out[at + slot * 2] !== 0) slot = (slot + 1) & (n - 1); // only hashed tables collide
      out[at + slot * 2] = c;
      out[at + slot * 2 + 1] = offset[kid] as number;
    }
  }
  return { codes, records: out };
}

/**
 * The unit trie of byte trie `trie` (interleaved [base, check], leaves as wordGroups leaves
 * them) and its `words`; null if a key does not qualify.
 */
export function unitTrie(trie: Int32Array, words: Int32Array): UnitTrie | null {
  const nodes = unitNodes(trie);
  // doublearray's traverse(root, 0) is the root itself (a terminal child of the root, an
  // empty key, makes unitNodes give null).
  const rootLoop = trie.length >= 2 && trie[0] === 0 && trie[1] === 0;
  return nodes ? layOut(nodes, words, rootLoop) : null;
}

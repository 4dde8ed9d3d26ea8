import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { packData, type DictionaryData } from "./ipadic-data.js";
import { int16At } from "./ipadic-bytes.js";
import { encodeFeatures } from "./ipadic-features.js";
import { unitTrie } from "./ipadic-unit-trie.js";

/** The files kuromoji's NodeDictionaryLoader reads, all of which this decoder reads too. */
export const DICT_FILES = [
  "base.dat.gz",
  "check.dat.gz",
  "tid.dat.gz",
  "tid_pos.dat.gz",
  "tid_map.dat.gz",
  "cc.dat.gz",
  "unk.dat.gz",
  "unk_pos.dat.gz",
  "unk_map.dat.gz",
  "unk_char.dat.gz",
  "unk_compat.dat.gz",
  "unk_invoke.dat.gz",
] as const;

const gunzip = promisify(zlib.gunzip);

/**
 * Decompresses one file. The output chunk is sized from the gzip trailer (ISIZE) because
 * zlib's default 16 KiB chunks make inflating IPADIC's ~100 MB about 60% slower; the async
 * API lets the files inflate on two threadpool threads at once.
 */
async function gunzipFile(file: string): Promise<Buffer> {
  // Read synchronously (17 MB from the page cache) so inflating is queued in call order.
  const gz = readFileSync(file);
  const isize = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  const chunkSize = Math.min(Math.max(isize + 1024, 64 * 1024), 128 * 1024 * 1024);
  return gunzip(gz, { chunkSize });
}

/** The buffer as 32-bit ints in host byte order, as kuromoji's `new Int32Array(buffer)` reads it. */
function hostInts<T>(buf: Buffer, kind: new (b: ArrayBuffer, offset: number, length: number) => T): T {
  const aligned = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf); // a copy starts at offset 0
  return new kind(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.length >> 2);
}

/** Fails like stock kuromoji, whose `new Int32Array(buffer)` rejects ragged lengths. */
function requireMultiple(buf: Buffer, size: number, file: string): void {
  if (buf.length % size !== 0) throw new Error(`${file}: length ${buf.length} is not a multiple of ${size}`);
}

/**
 * Length (in int32s) doublearray.load keeps: its DoubleArray constructor calls shrink(), which
 * cuts both arrays two past the last node whose check is non-negative.
 */
export function trieLength(check: Buffer): number {
  const nodes = hostInts(check, Int32Array);
  for (let i = nodes.length - 1; i >= 0; i--) {
    if ((nodes[i] ?? -1) >= 0) return i + 2;
  }
  throw new Error("check.dat.gz: the trie has no root");
}

/**
 * Drops the zero padding kuromoji's ByteBuffer leaves at the end of tid and unk*
 * (tid.dat is 10 MB for 3.9 MB of records). Exact for ByteBuffer readers: getShort/getInt
 * return 0 when out of bounds, exactly what the padding held, and getString stops at the
 * end as it stops at NUL; the 8-byte margin keeps any multi-byte read that touches real
 * data fully in bounds.
 */
export function zeroTrimmedLength(buf: Uint8Array): number {
  return Math.min(buf.length, dataEnd(buf) + 8);
}

/** One past the last non-zero byte; scans words where it can, the padding runs to megabytes. */
function dataEnd(buf: Uint8Array): number {
  let end = buf.length;
  if (buf.byteOffset % 4 === 0) {
    const words = new Uint32Array(buf.buffer, buf.byteOffset, Math.floor(buf.length / 4));
    if (words.length * 4 === end) {
      let w = words.length;
      while (w > 0 && words[w - 1] === 0) w--;
      end = w * 4;
    }
  }
  while (end > 0 && buf[end - 1] === 0) end--;
  return end;
}

/**
 * Length of unk_invoke.dat to keep. InvokeDefinitionMap.load turns every 7 zero bytes of its
 * 1 MB padding into a nameless class (~150 000 objects, tens of ms); those classes have ids
 * above every real one, so they are dropped only when no character category or compatible
 * bit can reach them; otherwise the file is kept whole.
 */
export function invokeLength(invoke: Uint8Array, categories: Uint8Array, compatible: Buffer): number {
  // Walk the records as InvokeDefinitionMap.load does: 2 flag bytes, an int32, a NUL-terminated name.
  const end = dataEnd(invoke);
  let at = 0;
  let classes = 0;
  while (at + 1 < invoke.length) {
    if (at >= end) break; // only padding from here on
    at += 6;
    while (at < invoke.length && invoke[at++] !== 0);
    classes++;
  }
  if (at + 1 >= invoke.length) return invoke.length;
  for (const c of categories) if (c >= classes) return invoke.length;
  if (classes < 32) for (const bits of hostInts(compatible, Uint32Array)) if (bits >>> classes !== 0) return invoke.length;
  return at;
}

/** Trie ids beyond this are not something kuromoji's own builder emits. */
const MAX_TRIE_ID = 1 << 26;

/**
 * tid_map.dat as flat rows. Stock loadTargetMap builds a JS object of ~326 000 arrays (about
 * a quarter of stock load time and much of its memory); rows in two Int32Arrays cost a pass.
 * Walks the records exactly as loadTargetMap does (skip the key count, then key, count,
 * values until the end), keeping value order per key and leaving keys without values absent.
 */
export function targetRows(map: Buffer): { starts: Int32Array; ids: Int32Array } {
  // Little-endian and 0 past the end, as kuromoji's ByteBuffer.getInt reads.
  const view = new DataView(map.buffer, map.byteOffset, map.length);
  const int32At = (at: number) => (at + 4 <= map.length ? view.getInt32(at, true) : 0);
  const walk = (visit: (key: number, at: number, count: number) => void): void => {
    let at = 4;
    while (at < map.length) {
      const key = int32At(at);
      const count = int32At(at + 4);
      at += 8;
      if (count <= 0) continue;
      if (at + count * 4 > map.length) throw new Error("tid_map.dat.gz: a record runs past the end");
      if (key < 0 || key >= MAX_TRIE_ID) throw new Error(`tid_map.dat.gz: unsupported trie id ${key}`);
      visit(key, at, count);
      at += count * 4;
    }
  };
  let maxKey = -1;
  walk((key) => {
    if (key > maxKey) maxKey = key;
  });
  const starts = new Int32Array(maxKey + 2);
  walk((key, _at, count) => {
    starts[key + 1] = (starts[key + 1] ?? 0) + count;
  });
  for (let k = 1; k < starts.length; k++) starts[k] = (starts[k] ?? 0) + (starts[k - 1] ?? 0);
  const ids = new Int32Array(starts[starts.length - 1] ?? 0);
  const next = starts.slice(0, Math.max(maxKey + 1, 0));
  walk((key, at, count) => {
    let to = next[key] ?? 0;
    for (let i = 0; i < count; i++) ids[to++] = view.getInt32(at + i * 4, true);
    next[key] = to;
  });
  return { starts, ids };
}

/**
 * The trie interleaved as [base, check] per node, each key's leaf pointing at its group of
 * words (see DictionaryData.trie), and the groups: the walk then reads a word's ids and
 * cost next to the others of its key, instead of at random places of tid.dat.
 */
export function wordGroups(
  base: Int32Array,
  check: Int32Array,
  rows: { starts: Int32Array; ids: Int32Array },
  tid: Uint8Array,
): { trie: Int32Array; words: Int32Array } {
  const length = check.length;
  const trie = new Int32Array(length * 2);
  const words: number[] = [];
  for (let i = 0; i < length; i++) {
    let b = i < base.length ? (base[i] as number) : -i + 1; // doublearray's getBase past the end
    const parent = check[i] as number;
    // A leaf: reached from its parent by the terminal code 0.
    const parentBase = parent >= 0 && parent < length ? (parent < base.length ? (base[parent] as number) : -parent + 1) : NaN;
    if (parent >= 0 && parent !== i && parentBase === i && b <= 0) {
      const trieId = -b - 1;
      const from = trieId + 1 < rows.starts.length ? (rows.starts[trieId] as number) : 0;
      const to = trieId + 1 < rows.starts.length ? (rows.starts[trieId + 1] as number) : 0;
      if (to > from) {
        b = -words.length - 1;
        words.push(to - from);
        for (let r = from; r < to; r++) {
          const id = rows.ids[r] as number;
          words.push(id, int16At(tid, id), int16At(tid, id + 2), int16At(tid, id + 4));
        }
      } else b = 1; // no words: stock would fail on it
    }
    trie[i * 2] = b;
    trie[i * 2 + 1] = parent;
  }
  return { trie, words: Int32Array.from(words) };
}

/**
 * The slow, always-correct path: inflate kuromoji's dict/*.dat.gz and lay them out. With
 * `units` false the byte trie is kept even where the unit trie could hold the keys (tests
 * compare the two walks).
 */
export async function decodeDictionary(dicPath: string, units = true): Promise<DictionaryData> {
  const read = (name: (typeof DICT_FILES)[number]) => gunzipFile(path.join(dicPath, name));
  // The word files are queued first: encoding their features is the longest step, and it
  // runs on this thread while the trie and cost matrix are still inflating on the pool.
  const wordFiles = Promise.all([read("tid_pos.dat.gz"), read("tid.dat.gz"), read("tid_map.dat.gz")]).then(([tidPos, tid, tidMap]) => {
    const rows = targetRows(tidMap);
    return { tid, rows, features: encodeFeatures(tid, tidPos, rows.ids) };
  });
  const [{ tid, rows, features }, base, check, cc, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] = await Promise.all([
    wordFiles,
    read("base.dat.gz"),
    read("check.dat.gz"),
    read("cc.dat.gz"),
    read("unk.dat.gz"),
    read("unk_pos.dat.gz"),
    read("unk_map.dat.gz"),
    read("unk_char.dat.gz"),
    read("unk_compat.dat.gz"),
    read("unk_invoke.dat.gz"),
  ]);
  requireMultiple(base, 4, "base.dat.gz");
  requireMultiple(check, 4, "check.dat.gz");
  requireMultiple(cc, 2, "cc.dat.gz");
  requireMultiple(unkCompat, 4, "unk_compat.dat.gz");
  const nodes = trieLength(check);
  const trim = (buf: Buffer) => buf.subarray(0, zeroTrimmedLength(buf));
  const { trie, words } = wordGroups(
    hostInts(base, Int32Array).subarray(0, Math.min(nodes, base.length >> 2)),
    hostInts(check, Int32Array).subarray(0, nodes),
    rows,
    tid,
  );
  // The byte trie and its groups are kept only for keys the unit trie cannot hold.
  const unit = units ? unitTrie(trie, words) : null;
  return packData({
    trie: unit ? new Int32Array(0) : trie,
    unitTrie: unit ? unit.records : new Int32Array(0),
    unitCodes: unit ? unit.codes : new Uint16Array(0),
    words: unit ? new Int32Array(0) : words,
    featureStarts: features.starts,
    featureUnits: features.units,
    posNames: features.posNames,
    connectionCosts: cc,
    unknownInfo: trim(unk),
    unknownFeatures: trim(unkPos),
    unknownMap: trim(unkMap),
    charCategories: unkChar,
    charCompatible: unkCompat,
    charInvoke: unkInvoke.subarray(0, invokeLength(unkInvoke, unkChar, unkCompat)),
  });
}

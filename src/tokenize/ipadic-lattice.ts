import { ViterbiLatticeClass, ViterbiNodeClass, type ViterbiLattice } from "./ipadic-kuromoji.js";
import { ensure, type Pages } from "./ipadic-pages.js";

/** char.def class as kuromoji's CharacterClass holds it (flags are the bytes read from the buffer). */
interface CharacterClass {
  readonly class_id: number;
  readonly class_name: string;
  readonly is_always_invoke: number;
  readonly is_grouping: number;
}

/** What the builder needs of kuromoji's UnknownDictionary. */
export interface UnknownWords {
  lookup(ch: string): CharacterClass;
  readonly target_map: Record<string, ArrayLike<number> | undefined>;
  readonly dictionary: { getShort(index: number): number };
}

export interface LatticeSources {
  readonly trieBase: Int32Array;
  readonly trieCheck: Int32Array;
  readonly targetStarts: Int32Array;
  readonly targetIds: Int32Array;
  /** tid.dat bytes, as the token-info ByteBuffer holds them. */
  readonly tokenInfo: Uint8Array;
  readonly unknown: UnknownWords;
  /** char.def's class per UTF-16 code unit, which `unknown.lookup` reads. */
  readonly charCategories: Uint8Array;
  /** What of the arrays above has been read (they view one buffer). */
  readonly pages: Pages;
}

type Build = (sentence: string) => ViterbiLattice;

/** ByteBuffer.getShort: little-endian signed 16 bits, 0 past the end. */
function getShort(bytes: Uint8Array, index: number): number {
  if (bytes.length < index + 2) return 0;
  const value = ((bytes[index + 1] ?? 0) << 8) + (bytes[index] ?? 0);
  return value & 0x8000 ? -((value - 1) ^ 0xffff) : value;
}

/** Unknown-word records of one class: [id, left, right, cost] × n, or null when the class has none (stock throws). */
type UnknownRows = Int32Array | null;

/** Thrown inside build when stock kuromoji would fail or differ; the stock builder then runs instead. */
const STOCK = Symbol("stock");

/**
 * A drop-in for kuromoji 0.1.2's ViterbiBuilder.build producing the same lattice: same nodes
 * (name, cost, start_pos, length, type, ids, surface form), appended in the same order. Stock
 * slices the sentence at every position, wraps the tail in a SurrogateAwareString and
 * UTF-8-encodes the whole tail for commonPrefixSearch, so a sentence costs O(n²); this walks
 * the double-array trie from each position one encoded character at a time and stops where
 * the trie does, and groups unknown words from precomputed runs of equal character class.
 *
 * Quirks kept on purpose: positions count surrogate pairs as one, but a node's length is its
 * key's UTF-16 length (a grouped unknown word of pairs is "longer" than its span), except an
 * ungrouped unknown head, whose key stays a SurrogateAwareString of length 1; char.def's
 * max_length is ignored and no 1..n-character unknown words are invoked, as in stock.
 * Anything stock would throw on (a high surrogate not followed by a low one, a trie leaf
 * without a record, a trie id or class without rows) is handed to `stock`, so it throws the same.
 */
export function latticeBuilder(src: LatticeSources, stock: Build): Build {
  const { trieBase: base, trieCheck: check, targetStarts, targetIds, tokenInfo, unknown, charCategories, pages } = src;
  const baseLen = base.length;
  const checkLen = check.length;
  const { loaded, shift } = pages;
  // Every read asks for its page first (one array lookup once the page is in).
  const need = (byte: number): void => {
    if (loaded[byte >>> shift] === 0) pages.load(byte >>> shift);
  };
  const baseFrom = base.byteOffset;
  const checkFrom = check.byteOffset;
  // doublearray's getBase past the end.
  const baseAt = (i: number): number => {
    if (i >= baseLen) return -i + 1;
    need(baseFrom + i * 4);
    return base[i] as number;
  };
  // traverse(parent, code): child id or -1. getCheck past the end is negative, below any parent;
  // a negative index reads undefined in stock, which equals no parent either.
  const traverse = (parent: number, code: number): number => {
    const child = baseAt(parent) + code;
    if (child < 0 || child >= checkLen) return -1;
    need(checkFrom + child * 4);
    return check[child] === parent ? child : -1;
  };

  // CharacterDefinition.lookup depends only on the first UTF-16 unit of its argument.
  const classes: (CharacterClass | undefined)[] = new Array(65536);
  const classOf = (unit: number, ch: string): CharacterClass => {
    let c = classes[unit];
    if (c === undefined) {
      need(charCategories.byteOffset + unit);
      c = unknown.lookup(ch);
      classes[unit] = c;
    }
    return c;
  };
  const unknownRows = new Map<number, UnknownRows>();
  const rowsOf = (classId: number): UnknownRows => {
    let rows = unknownRows.get(classId);
    if (rows === undefined) {
      const ids = unknown.target_map[classId];
      if (ids == null) rows = null;
      else {
        rows = new Int32Array(ids.length * 4);
        for (let j = 0; j < ids.length; j++) {
          const id = parseInt(String(ids[j]));
          rows[j * 4] = id;
          rows[j * 4 + 1] = unknown.dictionary.getShort(id);
          rows[j * 4 + 2] = unknown.dictionary.getShort(id + 2);
          rows[j * 4 + 3] = unknown.dictionary.getShort(id + 4);
        }
      }
      unknownRows.set(classId, rows);
    }
    return rows;
  };

  // Scratch, grown as needed: code-unit start of each surrogate-aware position, its class, run ends.
  let starts = new Int32Array(512);
  let runEnds = new Int32Array(512);
  let heads: CharacterClass[] = [];
  const bytes = [0, 0, 0, 0];

  function build(sentence: string): ViterbiLattice {
    const n = sentence.length;
    if (starts.length < n + 1) {
      starts = new Int32Array(n + 1);
      runEnds = new Int32Array(n + 1);
    }
    // Surrogate-aware positions (SurrogateAwareString: a high surrogate takes the next unit along).
    let len = 0;
    for (let i = 0; i < n; i++) {
      starts[len] = i;
      const unit = sentence.charCodeAt(i);
      let ch: string;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const low = sentence.charCodeAt(i + 1);
        // stringToUtf8Bytes returns null for the whole-sentence tail: stock throws.
        if (!(low >= 0xdc00 && low <= 0xdfff)) throw STOCK;
        ch = sentence.slice(i, i + 2);
        i++;
      } else {
        ch = sentence[i] as string;
      }
      heads[len] = classes[unit] ?? classOf(unit, ch);
      len++;
    }
    starts[len] = n;
    if (heads.length > len + 1024) heads = heads.slice(0, len);
    // Unknown-word grouping from p runs while the class name equals p's.
    if (len > 0) runEnds[len - 1] = len;
    for (let p = len - 2; p >= 0; p--) {
      runEnds[p] = (heads[p + 1] as CharacterClass).class_name === (heads[p] as CharacterClass).class_name ? (runEnds[p + 1] as number) : p + 1;
    }

    const lattice = new ViterbiLatticeClass();
    for (let pos = 0; pos < len; pos++) {
      const from = starts[pos] as number;
      let found = 0;
      // commonPrefixSearch(tail), byte by byte, but encoding only as far as the trie goes.
      let parent = 0;
      let i = from;
      walk: while (i < n) {
        const unit = sentence.charCodeAt(i);
        let code: number;
        let next: number;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          code = (unit - 0xd800) * 0x400 + 0x10000 + (sentence.charCodeAt(i + 1) - 0xdc00);
          next = i + 2;
        } else {
          code = unit;
          next = i + 1;
        }
        let count: number;
        if (code < 0x80) {
          bytes[0] = code;
          count = 1;
        } else if (code < 0x800) {
          bytes[0] = (code >>> 6) | 0xc0;
          bytes[1] = (code & 0x3f) | 0x80;
          count = 2;
        } else if (code < 0x10000) {
          bytes[0] = (code >>> 12) | 0xe0;
          bytes[1] = ((code >> 6) & 0x3f) | 0x80;
          bytes[2] = (code & 0x3f) | 0x80;
          count = 3;
        } else {
          bytes[0] = (code >>> 18) | 0xf0;
          bytes[1] = ((code >> 12) & 0x3f) | 0x80;
          bytes[2] = ((code >> 6) & 0x3f) | 0x80;
          bytes[3] = (code & 0x3f) | 0x80;
          count = 4;
        }
        for (let b = 0; b < count; b++) {
          const child = traverse(parent, bytes[b] as number);
          if (child === -1) break walk;
          parent = child;
          const leaf = traverse(child, 0);
          if (leaf === -1) continue;
          const record = baseAt(leaf);
          // A key ending inside a character, or a leaf without a record: not stock's happy path.
          if (record > 0 || b !== count - 1) throw STOCK;
          const trieId = -record - 1;
          if (trieId + 1 >= targetStarts.length) throw STOCK;
          ensure(pages, targetStarts.byteOffset + trieId * 4, targetStarts.byteOffset + trieId * 4 + 8);
          const rowFrom = targetStarts[trieId] as number;
          const rowTo = targetStarts[trieId + 1] as number;
          if (!(rowFrom < rowTo)) throw STOCK;
          ensure(pages, targetIds.byteOffset + rowFrom * 4, targetIds.byteOffset + rowTo * 4);
          const key = sentence.slice(from, next);
          for (let r = rowFrom; r < rowTo; r++) {
            const id = targetIds[r] as number;
            ensure(pages, tokenInfo.byteOffset + id, tokenInfo.byteOffset + id + 6);
            lattice.append(
              new ViterbiNodeClass(
                id,
                getShort(tokenInfo, id + 4),
                pos + 1,
                key.length,
                "KNOWN",
                getShort(tokenInfo, id),
                getShort(tokenInfo, id + 2),
                key,
              ),
            );
          }
          found++;
        }
        i = next;
      }

      const head = heads[pos] as CharacterClass;
      if (found === 0 || head.is_always_invoke === 1) {
        let key: string;
        let keyLength: number;
        const end = head.is_grouping === 1 && 1 < len - pos ? (runEnds[pos] as number) : pos + 1;
        if (end > pos + 1) {
          key = sentence.slice(from, starts[end]);
          keyLength = key.length;
        } else {
          key = sentence.slice(from, starts[pos + 1]);
          keyLength = 1;
        }
        const rows = rowsOf(head.class_id);
        if (rows === null) throw STOCK;
        for (let r = 0; r < rows.length; r += 4) {
          lattice.append(
            new ViterbiNodeClass(
              rows[r] as number,
              rows[r + 3] as number,
              pos + 1,
              keyLength,
              "UNKNOWN",
              rows[r + 1] as number,
              rows[r + 2] as number,
              key,
            ),
          );
        }
      }
    }
    lattice.appendEos();
    return lattice;
  }

  return (sentence: string) => {
    try {
      return build(sentence);
    } catch (err) {
      if (err === STOCK) return stock(sentence);
      throw err;
    }
  };
}

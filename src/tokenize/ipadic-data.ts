/**
 * IPADIC as kouka holds it in memory: kuromoji's dictionary buffers, decompressed, with
 * padding trimmed and tid_map turned into flat arrays. Every array views one
 * SharedArrayBuffer, so the whole dictionary posts to worker threads without a copy and
 * loads from the cache file with a single read.
 */
export interface DictionaryData {
  /**
   * Double-array trie over surface forms (base.dat, check.dat, cut where doublearray's
   * shrink() cuts), interleaved as [base, check] per node so a step reads one cache line.
   * A key's leaf holds -(its group's index in `words`) - 1 instead of -(trie id) - 1, or 1
   * when the key has no words. Empty when the unit trie holds the keys.
   */
  readonly trie: Int32Array;
  /**
   * The same keys as a trie over UTF-16 units with their words inline, and the code of each
   * unit (ipadic-unit-trie.ts); both empty if the keys do not fit one.
   */
  readonly unitTrie: Int32Array;
  readonly unitCodes: Uint16Array;
  /**
   * The words of each key, next to each other: a group is [n, then n × (word id, left id,
   * right id, cost)], from tid_map.dat and tid.dat (the word id is the record's byte offset
   * in tid.dat, as kuromoji names it). Empty when the unit trie holds the keys.
   */
  readonly words: Int32Array;
  /** Word features (tid_pos.dat) in the compact form of ipadic-features.ts. */
  readonly featureStarts: Uint32Array;
  readonly featureUnits: Uint16Array;
  readonly posNames: Uint16Array;
  /** Connection cost matrix, two leading dimensions then costs (cc.dat). */
  readonly connectionCosts: Int16Array;
  /** Unknown-word records, features and class map (unk.dat, unk_pos.dat, unk_map.dat). */
  readonly unknownInfo: Uint8Array;
  readonly unknownFeatures: Uint8Array;
  readonly unknownMap: Uint8Array;
  /** char.def compiled: class per UCS-2 code, compatible-class bitsets, class definitions. */
  readonly charCategories: Uint8Array;
  readonly charCompatible: Uint32Array;
  readonly charInvoke: Uint8Array;
}

export type SectionName = keyof DictionaryData;

/** Enough of a typed-array constructor to build a view; every kind below fits it. */
interface ViewKind {
  readonly name: string;
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: SharedArrayBuffer, byteOffset: number, length: number): ArrayBufferView;
}

/** The array kind of each section, in the order sections sit in buffers and cache files. */
const KINDS: { readonly [K in SectionName]: ViewKind } = {
  trie: Int32Array,
  unitTrie: Int32Array,
  unitCodes: Uint16Array,
  words: Int32Array,
  featureStarts: Uint32Array,
  featureUnits: Uint16Array,
  posNames: Uint16Array,
  connectionCosts: Int16Array,
  unknownInfo: Uint8Array,
  unknownFeatures: Uint8Array,
  unknownMap: Uint8Array,
  charCategories: Uint8Array,
  charCompatible: Uint32Array,
  charInvoke: Uint8Array,
};

export const SECTION_NAMES = Object.keys(KINDS) as readonly SectionName[];

/** Where one section's bytes sit inside a buffer. */
export interface Span {
  readonly offset: number;
  readonly bytes: number;
}

/** Sections start 8-aligned so every typed-array view over them is legal. */
function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Places sections of the given byte sizes one after another from `start`. */
export function layout(sizes: readonly number[], start: number): { spans: Span[]; end: number } {
  const spans: Span[] = [];
  let at = align8(start);
  for (const bytes of sizes) {
    spans.push({ offset: at, bytes });
    at = align8(at + bytes);
  }
  return { spans, end: at };
}

/** The bytes of a view, whatever its element type. */
export function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Views the sections of `buffer`; throws if a span does not fit its kind or the buffer. */
export function viewData(buffer: SharedArrayBuffer, spans: readonly Span[]): DictionaryData {
  if (spans.length !== SECTION_NAMES.length) throw new Error(`expected ${SECTION_NAMES.length} sections, found ${spans.length}`);
  const out: Partial<Record<SectionName, ArrayBufferView>> = {};
  SECTION_NAMES.forEach((name, i) => {
    const span = spans[i];
    const kind = KINDS[name];
    const size = kind.BYTES_PER_ELEMENT;
    if (!span || span.offset % size !== 0 || span.bytes % size !== 0 || span.offset + span.bytes > buffer.byteLength) {
      throw new Error(`section ${name} is out of bounds or misaligned`);
    }
    out[name] = new kind(buffer, span.offset, span.bytes / size);
  });
  // Every key of DictionaryData was filled above with the kind KINDS gives it.
  return out as DictionaryData;
}

/** Copies sections (any backing, any alignment) into one fresh SharedArrayBuffer. */
export function packData(sections: { readonly [K in SectionName]: ArrayBufferView }): DictionaryData {
  const views = SECTION_NAMES.map((name) => bytesOf(sections[name]));
  const { spans, end } = layout(
    views.map((v) => v.byteLength),
    0,
  );
  const buffer = new SharedArrayBuffer(end);
  const target = new Uint8Array(buffer);
  views.forEach((v, i) => target.set(v, spans[i]?.offset ?? 0));
  return viewData(buffer, spans);
}

/**
 * Whether `value` looks like DictionaryData, checked by type tag rather than instanceof
 * because after a structured clone the arrays belong to another realm.
 */
export function isDictionaryData(value: unknown): value is DictionaryData {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return SECTION_NAMES.every((name) => {
    const v = record[name];
    return ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === `[object ${KINDS[name].name}]`;
  });
}

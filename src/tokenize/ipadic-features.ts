import { kuromojiString } from "./ipadic-bytes.js";
import { ensure, type Pages } from "./ipadic-pages.js";

/*
 * Compact word features. tid_pos.dat holds each word's "surface,pos×6,basic,reading,
 * pronunciation" as UTF-8: 36 MB, the largest part of IPADIC. Every byte of the dictionary
 * costs start-up time (reading, page faults, checksum), so features are stored as UTF-16
 * with the six POS fields replaced by an index into a table of the 667 distinct tuples, and
 * basic form / pronunciation left out when they repeat surface / reading: about a third of
 * the size. getFeatures rebuilds the very same string.
 *
 * Entry k (the word whose TokenInfoDictionary record starts at byte 10·k) is
 * units[starts[k] .. starts[k + 1]):
 *   [pos index, surface len << 8 | basic len, reading len << 8 | pronunciation len, chars…]
 * with len 0xff meaning "same as surface / reading", or [0xffff, the whole string] for
 * anything that does not fit that shape.
 */

/** One TokenInfoDictionary record: left id, right id, cost (int16 each), feature offset (int32). */
export const RECORD_BYTES = 10;
const RAW = 0xffff;
const SAME = 0xff;
const MAX_LEN = 0xfe;

export interface EncodedFeatures {
  readonly starts: Uint32Array;
  readonly units: Uint16Array;
  /** The POS tuples, "\n"-separated. */
  readonly posNames: Uint16Array;
}

/** A Uint16Array that grows as it is appended to. */
class UnitWriter {
  units: Uint16Array;
  length = 0;
  /** Size the first buffer generously: pages never written cost nothing, regrowing copies. */
  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(capacity, 1024));
  }
  reserve(n: number): void {
    if (this.length + n <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + n));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }
  push(unit: number): void {
    this.reserve(1);
    this.units[this.length++] = unit;
  }
  text(s: string): void {
    this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.units[this.length++] = s.charCodeAt(i);
  }
}

/**
 * Appends the UTF-16 of src[from, to) and returns how many units that took, or -1 unless it
 * is well-formed UTF-8 (the WHATWG definition), the only input on which this and kuromoji's
 * own decoder are sure to agree. Works on bytes because building a JS string per word was
 * the slowest part of decoding the dictionary.
 */
function appendUtf8(src: Uint8Array, from: number, to: number, out: UnitWriter): number {
  const before = out.length;
  out.reserve(to - from);
  const units = out.units;
  let n = before;
  for (let i = from; i < to; ) {
    const b = src[i++] ?? 0;
    if (b < 0x80) {
      units[n++] = b;
      continue;
    }
    let need: number;
    let cp: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f; // no UTF-8-encoded surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return -1;
    if (i + need > to) return -1;
    for (let j = 0; j < need; j++) {
      const c = src[i++] ?? 0;
      if (c < low || c > high) return -1;
      low = 0x80;
      high = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < 0x10000) units[n++] = cp;
    else {
      units[n++] = 0xd800 | ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 | (cp & 0x3ff);
    }
  }
  out.length = n;
  return n - before;
}

function sameBytes(src: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  while (a < aEnd) if (src[a++] !== src[b++]) return false;
  return true;
}

const COMMA = 0x2c;

/**
 * Finds the NUL ending the string at `at` (or the buffer's end) and returns its index; stores
 * the first ten comma positions in commas[0..9] and their count in commas[10]. A small
 * function of its own so the hottest loop of decoding gets optimised on plain locals.
 */
function scanFields(src: Uint8Array, at: number, commas: Int32Array): number {
  const length = src.length;
  let found = 0;
  let i = at;
  for (; i < length; i++) {
    const b = src[i];
    if (b === 0) break;
    if (b === COMMA && found < 10) commas[found++] = i;
  }
  commas[10] = found;
  return i;
}

/**
 * Encodes the features of every word tid_map can reach (`targetIds`), in record order. A
 * comma byte in UTF-8 is always a comma, so fields are split on bytes; POS tuples are
 * matched by an FNV-1a hash and a byte comparison.
 */
export function encodeFeatures(tid: Buffer, tidPos: Buffer, targetIds: Int32Array): EncodedFeatures {
  let maxId = -1;
  for (const id of targetIds) {
    // kuromoji's builder only ever maps to record starts; anything else is not a dictionary it made.
    if (id < 0 || id % RECORD_BYTES !== 0) throw new Error(`tid_map.dat.gz: token id ${id} is not a record start`);
    if (id > maxId) maxId = id;
  }
  const count = maxId / RECORD_BYTES + 1;
  const starts = new Uint32Array(count + 1);
  const out = new UnitWriter(tidPos.length); // compact entries take fewer units than their UTF-8 bytes
  const table = new UnitWriter(0); // the tuples as text, "\n"-separated
  const posFrom: number[] = []; // where each tuple was first seen in tidPos
  const posTo: number[] = [];
  const posByHash = new Map<number, number[]>();
  let last = -1; // words come grouped by POS, so most match the previous word's tuple
  const posOf = (from: number, to: number): number | undefined => {
    if (last >= 0 && sameBytes(tidPos, from, to, posFrom[last] ?? 0, posTo[last] ?? 0)) return last;
    last = posIndex(from, to) ?? -1;
    return last < 0 ? undefined : last;
  };
  const posIndex = (from: number, to: number): number | undefined => {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ (tidPos[i] ?? 0), 0x01000193);
    const seen = posByHash.get(hash) ?? [];
    for (const p of seen) if (sameBytes(tidPos, from, to, posFrom[p] ?? 0, posTo[p] ?? 0)) return p;
    if (posFrom.length >= RAW || tidPos.subarray(from, to).includes(0x0a)) return undefined;
    const mark = table.length;
    if (posFrom.length > 0) table.push(0x0a);
    if (appendUtf8(tidPos, from, to, table) < 0) {
      table.length = mark;
      return undefined;
    }
    posFrom.push(from);
    posTo.push(to);
    posByHash.set(hash, [...seen, posFrom.length - 1]);
    return posFrom.length - 1;
  };
  const commas = new Int32Array(11);
  for (let k = 0; k < count; k++) {
    starts[k] = out.length;
    // getFeatures: the int32 at record + 6 (0 past the end, like ByteBuffer.getInt), then the
    // NUL-terminated string there.
    const idAt = k * RECORD_BYTES + 6;
    const at = idAt + 4 <= tid.length ? tid.readInt32LE(idAt) : 0;
    if (at < 0 || at >= tidPos.length) {
      out.push(RAW);
      out.text(kuromojiString(tidPos, at));
      continue;
    }
    const end = scanFields(tidPos, at, commas);
    const found = commas[10];
    const pos = found === 9 ? posOf((commas[0] ?? 0) + 1, commas[6] ?? 0) : undefined;
    if (pos !== undefined && encodeEntry(out, tidPos, pos, at, commas, end)) continue;
    out.length = starts[k] ?? 0;
    out.push(RAW);
    if (appendUtf8(tidPos, at, end, out) < 0) {
      out.length = (starts[k] ?? 0) + 1;
      out.text(kuromojiString(tidPos, at));
    }
  }
  starts[count] = out.length;
  return { starts, units: out.units.subarray(0, out.length), posNames: table.units.subarray(0, table.length) };
}

/**
 * Appends [pos, lengths, chars…] for the word at src[at, end) whose nine commas are at
 * `commas`; false (output left dirty) if it does not fit.
 */
function encodeEntry(out: UnitWriter, src: Uint8Array, pos: number, at: number, commas: Int32Array, end: number): boolean {
  const c0 = commas[0] ?? 0;
  const c6 = commas[6] ?? 0;
  const c7 = commas[7] ?? 0;
  const c8 = commas[8] ?? 0;
  const head = out.length;
  out.reserve(3);
  out.length += 3;
  const surfaceLen = appendUtf8(src, at, c0, out);
  const basicSame = sameBytes(src, at, c0, c6 + 1, c7);
  const basicLen = basicSame ? 0 : appendUtf8(src, c6 + 1, c7, out);
  const readingLen = appendUtf8(src, c7 + 1, c8, out);
  const pronSame = sameBytes(src, c7 + 1, c8, c8 + 1, end);
  const pronLen = pronSame ? 0 : appendUtf8(src, c8 + 1, end, out);
  if (Math.min(surfaceLen, basicLen, readingLen, pronLen) < 0 || Math.max(surfaceLen, basicLen, readingLen, pronLen) > MAX_LEN) return false;
  out.units[head] = pos;
  out.units[head + 1] = (surfaceLen << 8) | (basicSame ? SAME : basicLen);
  out.units[head + 2] = (readingLen << 8) | (pronSame ? SAME : pronLen);
  return true;
}

/** UTF-16 code units to a string, exactly (lone surrogates included, unlike TextDecoder). */
function unitsToString(units: Uint16Array): string {
  let s = "";
  for (let i = 0; i < units.length; i += 8192) s += Reflect.apply(String.fromCharCode, null, units.subarray(i, i + 8192)) as string;
  return s;
}

/** getFeatures over encoded features: token id → the string stock kuromoji would return. */
export function featureReader(features: EncodedFeatures, pages: Pages): (tokenId: number) => string {
  const { starts, units } = features;
  const posNames = unitsToString(features.posNames).split("\n");
  const text = (from: number, to: number): string =>
    from === to ? "" : (Reflect.apply(String.fromCharCode, null, units.subarray(from, to)) as string);
  return (tokenId) => {
    const k = tokenId / RECORD_BYTES;
    // Ids come from tid_map, which encodeFeatures checked are all record starts in range.
    if (!Number.isInteger(k) || k < 0 || k + 1 >= starts.length) return "";
    ensure(pages, starts.byteOffset + k * 4, starts.byteOffset + (k + 2) * 4);
    let at = starts[k] ?? 0;
    const end = starts[k + 1] ?? 0;
    if (end > at) ensure(pages, units.byteOffset + at * 2, units.byteOffset + end * 2);
    const pos = units[at] ?? RAW;
    if (pos === RAW) return text(at + 1, end);
    const sb = units[at + 1] ?? 0;
    const rp = units[at + 2] ?? 0;
    at += 3;
    const surface = text(at, (at += sb >> 8));
    const basic = (sb & 0xff) === SAME ? surface : text(at, (at += sb & 0xff));
    const reading = text(at, (at += rp >> 8));
    const pron = (rp & 0xff) === SAME ? reading : text(at, (at += rp & 0xff));
    return `${surface},${posNames[pos] ?? ""},${basic},${reading},${pron}`;
  };
}

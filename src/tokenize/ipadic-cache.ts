import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { shortHash } from "../cache/short-hash.js";
import { trimCache } from "../cache/trim-cache.js";
import { writeFileAtomic } from "../cache/write-atomic.js";
import { KoukaError } from "../errors.js";
import { bytesOf, layout, SECTION_NAMES, viewData, type DictionaryData, type Span } from "./ipadic-data.js";
import { decodeDictionary, DICT_FILES } from "./ipadic-decode.js";
import { filePages, readFully, wholePages, type Pages } from "./ipadic-pages.js";

/*
 * A decoded dictionary cached as one file, read page by page as the tokenizer needs it
 * (ipadic-pages.ts) instead of inflating ~100 MB. Layout (header little-endian, sections in
 * host byte order, which the fingerprint records):
 *   0  "KOUKAIPA"   8 format   12 CRC-32 of the header from byte 16 to the first section
 *   16 fingerprint bytes   20 section count   24 page shift   28 page count   32 file size
 *   36 (offset, bytes) per section, then a CRC-32 per page from the first section on,
 *   then the fingerprint (UTF-8); the sections start at the first page boundary after it,
 *   each 8-aligned. The file is written once, synced, and renamed into place.
 * The cache only ever speeds things up: any problem opening or writing it falls back to
 * decoding the dictionary files. A page that fails its check later deletes the file and
 * fails the run with a message saying so.
 */

/** Bump when the decoding or the layout changes, so old files stop matching. */
const FORMAT = 4;
const MAGIC = Buffer.from("KOUKAIPA", "latin1");
const FIXED_HEADER = 36;
/** 16 KB pages: a one-sentence run reads about eighty of them. */
const PAGE_SHIFT = 14;
const PAGE = 1 << PAGE_SHIFT;
/** Anything bigger is not one of ours (IPADIC decodes to ~34 MB). */
const MAX_FILE = 1 << 30;

const require = createRequire(import.meta.url);

/** zlib.crc32 arrived in Node 20.15; without it the cache is simply not used. */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The dictionary and what is read of it so far. */
export interface OpenDictionary {
  readonly data: DictionaryData;
  readonly pages: Pages;
}

const fingerprints = new Map<string, { dir: string; key: string }>();

/**
 * What the cached bytes were made from; a changed kuromoji or dictionary file makes a new
 * key. Taken once per path and process (the knowledge cache asks for it too).
 */
function fingerprint(dicPath: string): { dir: string; key: string } {
  const known = fingerprints.get(dicPath);
  if (known) return known;
  const dir = fs.realpathSync(dicPath);
  const kuromoji = (require("kuromoji/package.json") as { version?: unknown }).version;
  const files = DICT_FILES.map((name) => {
    const st = fs.statSync(path.join(dir, name));
    return [name, st.size, st.mtimeMs];
  });
  const taken = { dir, key: JSON.stringify({ FORMAT, kuromoji, endian: os.endianness(), dir, files }) };
  fingerprints.set(dicPath, taken);
  return taken;
}

/** What decides how the dictionary at `dicPath` tokenizes: its files and the kuromoji reading them. */
export function dictionaryKey(dicPath: string): string {
  return fingerprint(dicPath).key;
}

/** One file per dictionary directory and fingerprint: ipadic-<dir hash>-<key hash>.bin. */
function cacheFile(cacheDir: string, fp: { dir: string; key: string }): string {
  return path.join(cacheDir, `ipadic-${shortHash(fp.dir)}-${shortHash(fp.key)}.bin`);
}

/** Where the header's parts go: the page checksums, the fingerprint, and the end (a page boundary). */
function headerLayout(sectionCount: number, pageCount: number, keyBytes: number): { sumsAt: number; keyAt: number; end: number } {
  const sumsAt = FIXED_HEADER + sectionCount * 8;
  const keyAt = sumsAt + pageCount * 4;
  return { sumsAt, keyAt, end: Math.ceil((keyAt + keyBytes) / PAGE) * PAGE };
}

/** Where the sections go: after the header, from the first page boundary. */
function fileLayout(sectionBytes: readonly number[], keyBytes: number): { spans: Span[]; headerEnd: number; pageCount: number; size: number } {
  const data = layout(sectionBytes, 0);
  const pageCount = Math.ceil(data.end / PAGE);
  const headerEnd = headerLayout(sectionBytes.length, pageCount, keyBytes).end;
  return { spans: data.spans.map((s) => ({ offset: s.offset + headerEnd, bytes: s.bytes })), headerEnd, pageCount, size: headerEnd + data.end };
}

/** Deletes a damaged cache so the next run rebuilds it, and says so. */
function damagedError(file: string, page: number, why: string): KoukaError {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Then the next run finds the damage again and tries again.
  }
  return new KoukaError("TOKENIZER_LOAD", file, `the dictionary cache is damaged (page ${page}: ${why}); it was deleted, run kouka again to rebuild it`);
}

/**
 * The cached dictionary with only its header read, or null if absent, stale, truncated or
 * not ours. Never throws; the pages are read (and checked) as they are first used.
 */
export function readCache(file: string, key: string): OpenDictionary | null {
  if (!crc32) return null;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    if (size < FIXED_HEADER || size > MAX_FILE) return null;
    const buffer = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    const head = Buffer.from(buffer, 0, size);
    if (!readFully(fd, bytes, 0, FIXED_HEADER)) return null;
    if (!head.subarray(0, 8).equals(MAGIC) || head.readUInt32LE(8) !== FORMAT || head.readUInt32LE(32) !== size) return null;
    const keyBytes = head.readUInt32LE(16);
    const count = head.readUInt32LE(20);
    const pageCount = head.readUInt32LE(28);
    if (count !== SECTION_NAMES.length || head.readUInt32LE(24) !== PAGE_SHIFT) return null;
    const { sumsAt, keyAt, end: headerEnd } = headerLayout(count, pageCount, keyBytes);
    if (headerEnd > size || pageCount !== Math.ceil((size - headerEnd) / PAGE)) return null;
    if (!readFully(fd, bytes, FIXED_HEADER, headerEnd)) return null;
    if (crc32(bytes.subarray(16, headerEnd)) !== head.readUInt32LE(12)) return null;
    if (head.toString("utf8", keyAt, keyAt + keyBytes) !== key) return null;
    const spans: Span[] = [];
    for (let i = 0; i < count; i++) spans.push({ offset: head.readUInt32LE(FIXED_HEADER + i * 8), bytes: head.readUInt32LE(FIXED_HEADER + i * 8 + 4) });
    const checksums = new Uint32Array(pageCount);
    for (let i = 0; i < pageCount; i++) checksums[i] = head.readUInt32LE(sumsAt + i * 4);
    const data = viewData(buffer, spans);
    const pages = filePages({
      fd,
      buffer,
      shift: PAGE_SHIFT,
      firstPage: headerEnd >>> PAGE_SHIFT,
      checksums,
      crc32,
      damaged: (page, why) => damagedError(file, page, why),
    });
    fd = undefined; // the pages own it now
    return { data, pages };
  } catch {
    return null;
  } finally {
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // Closing a read-only descriptor cannot lose anything.
    }
  }
}

/** Writes the cache atomically and drops older versions. Never throws. */
export function writeCache(file: string, key: string, data: DictionaryData): void {
  if (!crc32) return;
  try {
    const sections = SECTION_NAMES.map((name) => bytesOf(data[name]));
    const keyBytes = Buffer.from(key, "utf8");
    const { spans, headerEnd, pageCount, size } = fileLayout(
      sections.map((s) => s.byteLength),
      keyBytes.length,
    );
    // Built whole in memory: the checksums are per page, and pages straddle sections.
    const bytes = new Uint8Array(size);
    sections.forEach((s, i) => bytes.set(s, spans[i]?.offset ?? 0));
    const head = Buffer.from(bytes.buffer, 0, headerEnd);
    MAGIC.copy(head, 0);
    head.writeUInt32LE(FORMAT, 8);
    head.writeUInt32LE(keyBytes.length, 16);
    head.writeUInt32LE(sections.length, 20);
    head.writeUInt32LE(PAGE_SHIFT, 24);
    head.writeUInt32LE(pageCount, 28);
    head.writeUInt32LE(size, 32);
    spans.forEach((s, i) => {
      head.writeUInt32LE(s.offset, FIXED_HEADER + i * 8);
      head.writeUInt32LE(s.bytes, FIXED_HEADER + i * 8 + 4);
    });
    const { sumsAt, keyAt } = headerLayout(spans.length, pageCount, keyBytes.length);
    for (let p = 0; p < pageCount; p++) {
      const from = headerEnd + p * PAGE;
      head.writeUInt32LE(crc32(bytes.subarray(from, Math.min(from + PAGE, size))), sumsAt + p * 4);
    }
    keyBytes.copy(head, keyAt);
    head.writeUInt32LE(crc32(head.subarray(16)), 12);
    writeFileAtomic(file, [bytes]);
    removeStale(path.dirname(file), path.basename(file));
  } catch {
    // An unwritable cache folder just means no cache.
  }
}

/**
 * Deletes this dictionary's caches from earlier kuromoji versions or files and any cache
 * in an older format at once; beyond that keeps the four newest dictionary caches (other
 * installations) along with temp files killed writers left.
 */
function removeStale(dir: string, current: string): void {
  const prefix = current.slice(0, current.lastIndexOf("-") + 1);
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith("ipadic-") || !name.endsWith(".bin") || name === current) continue;
    try {
      const file = path.join(dir, name);
      if (name.startsWith(prefix) || isOlderFormat(file)) fs.rmSync(file, { force: true });
    } catch {
      // Another process may be cleaning up too.
    }
  }
  trimCache(dir, "ipadic-", 4);
}

/** Whether `file` is one of ours in a format this code no longer reads. */
function isOlderFormat(file: string): boolean {
  const head = Buffer.alloc(12);
  const fd = fs.openSync(file, "r");
  try {
    return readFully(fd, head, 0, 12) && head.subarray(0, 8).equals(MAGIC) && head.readUInt32LE(8) < FORMAT;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The dictionary at `dicPath`, from the cache in `cacheDir` when it holds a valid copy,
 * else decoded from the .dat.gz files and cached for next time (null: no cache at all).
 * Only decoding can throw; the cache never makes a load fail.
 */
export async function openDictionary(dicPath: string, cacheDir: string | null): Promise<OpenDictionary> {
  let cache: { file: string; key: string } | null = null;
  if (cacheDir !== null && crc32) {
    try {
      const fp = fingerprint(dicPath);
      cache = { file: cacheFile(cacheDir, fp), key: fp.key };
    } catch {
      // A missing file: let decoding report it the way the stock loader would.
    }
  }
  const cached = cache && readCache(cache.file, cache.key);
  if (cached) return cached;
  const data = await decodeDictionary(dicPath);
  if (cache) writeCache(cache.file, cache.key, data);
  return { data, pages: wholePages(data.trie.buffer) };
}

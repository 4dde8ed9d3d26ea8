import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { bytesOf, layout, SECTION_NAMES, viewData, type DictionaryData, type Span } from "./ipadic-data.js";
import { decodeDictionary, DICT_FILES } from "./ipadic-decode.js";

/*
 * A decoded dictionary cached as one file, so a warm start is a single read of ~34 MB into a
 * SharedArrayBuffer instead of inflating ~100 MB. Layout (header little-endian, sections in
 * host byte order, which the fingerprint records):
 *   0  "KOUKAIPA"   8  format   12  crc32 of bytes 16..end
 *   16 fingerprint length   20 section count   24 (offset, bytes) per section
 *   then the fingerprint (UTF-8), then the sections, each 8-aligned.
 * The cache only ever speeds things up: any problem reading or writing it falls back to
 * decoding the dictionary files.
 */

/** Bump when the decoding or the layout changes, so old files stop matching. */
const FORMAT = 1;
const MAGIC = Buffer.from("KOUKAIPA", "latin1");
const FIXED_HEADER = 24;
/** Anything bigger is not one of ours (IPADIC decodes to ~34 MB). */
const MAX_FILE = 1 << 30;

const require = createRequire(import.meta.url);

/** XDG_CACHE_HOME/kouka (only if absolute, as the spec says), else ~/.cache/kouka. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "kouka");
  try {
    const home = os.homedir();
    return home ? path.join(home, ".cache", "kouka") : null;
  } catch {
    return null; // no home directory: run without a cache
  }
}

/** zlib.crc32 arrived in Node 20.15; without it the cache is simply not used. */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** What the cached bytes were made from; a changed kuromoji or dictionary file makes a new key. */
function fingerprint(dicPath: string): { dir: string; key: string } {
  const dir = fs.realpathSync(dicPath);
  const kuromoji = (require("kuromoji/package.json") as { version?: unknown }).version;
  const files = DICT_FILES.map((name) => {
    const st = fs.statSync(path.join(dir, name));
    return [name, st.size, st.mtimeMs];
  });
  return { dir, key: JSON.stringify({ FORMAT, kuromoji, endian: os.endianness(), dir, files }) };
}

const shortHash = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 16);

/** One file per dictionary directory and fingerprint: ipadic-<dir hash>-<key hash>.bin. */
function cacheFile(cacheDir: string, fp: { dir: string; key: string }): string {
  return path.join(cacheDir, `ipadic-${shortHash(fp.dir)}-${shortHash(fp.key)}.bin`);
}

/**
 * Reads asynchronously on purpose, and issues the first read before returning: the 34 MB
 * read (mostly page faults) runs on libuv's thread pool while the main thread goes on
 * parsing the YAML data files, which saves start-up time.
 */
async function readFully(fd: number, into: Uint8Array): Promise<boolean> {
  let at = 0;
  while (at < into.length) {
    const bytesRead = await new Promise<number>((resolve, reject) =>
      fs.read(fd, into, at, into.length - at, at, (err, n) => (err ? reject(err) : resolve(n))),
    );
    if (bytesRead === 0) return false;
    at += bytesRead;
  }
  return true;
}

/** The cached dictionary, or null if absent, stale, truncated or corrupt. Never throws. */
export async function readCache(file: string, key: string): Promise<DictionaryData | null> {
  if (!crc32) return null;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    if (size < FIXED_HEADER || size > MAX_FILE) return null;
    const buffer = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    if (!(await readFully(fd, bytes))) return null;
    const head = Buffer.from(buffer, 0, size);
    if (!head.subarray(0, 8).equals(MAGIC) || head.readUInt32LE(8) !== FORMAT) return null;
    const keyBytes = head.readUInt32LE(16);
    const count = head.readUInt32LE(20);
    const keyAt = FIXED_HEADER + count * 8;
    if (count !== SECTION_NAMES.length || keyAt + keyBytes > size) return null;
    if (head.toString("utf8", keyAt, keyAt + keyBytes) !== key) return null;
    if (crc32(bytes.subarray(16)) !== head.readUInt32LE(12)) return null;
    const spans: Span[] = [];
    for (let i = 0; i < count; i++) {
      spans.push({ offset: head.readUInt32LE(FIXED_HEADER + i * 8), bytes: head.readUInt32LE(FIXED_HEADER + i * 8 + 4) });
    }
    return viewData(buffer, spans);
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

/** Writes the cache atomically (temp file + rename) and drops older versions. Never throws. */
export function writeCache(file: string, key: string, data: DictionaryData): void {
  if (!crc32) return;
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    const sections = SECTION_NAMES.map((name) => bytesOf(data[name]));
    const keyBytes = Buffer.from(key, "utf8");
    const keyAt = FIXED_HEADER + sections.length * 8;
    const { spans, end } = layout(
      sections.map((s) => s.byteLength),
      keyAt + keyBytes.length,
    );
    const head = Buffer.alloc(spans[0]?.offset ?? keyAt + keyBytes.length);
    MAGIC.copy(head, 0);
    head.writeUInt32LE(FORMAT, 8);
    head.writeUInt32LE(keyBytes.length, 16);
    head.writeUInt32LE(sections.length, 20);
    spans.forEach((s, i) => {
      head.writeUInt32LE(s.offset, FIXED_HEADER + i * 8);
      head.writeUInt32LE(s.bytes, FIXED_HEADER + i * 8 + 4);
    });
    keyBytes.copy(head, keyAt);
    // The file is the header then each section at its span, zero-padded to the next one.
    const pieces: Uint8Array[] = [head.subarray(16)];
    sections.forEach((s, i) => {
      pieces.push(s);
      const pad = (spans[i + 1]?.offset ?? end) - ((spans[i]?.offset ?? 0) + s.byteLength);
      if (pad > 0) pieces.push(new Uint8Array(pad));
    });
    head.writeUInt32LE(pieces.reduce((crc, p) => crc32(p, crc), 0), 12);
    fd = fs.openSync(tmp, "wx");
    writeFully(fd, head.subarray(0, 16));
    for (const p of pieces) writeFully(fd, p);
    fs.closeSync(fd);
    fd = undefined;
    // No fsync: if a crash leaves the renamed file incomplete, its checksum fails and it is rewritten.
    fs.renameSync(tmp, file);
    removeStale(dir, path.basename(file));
  } catch {
    try {
      if (fd !== undefined) fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: an unwritable cache folder just means no cache.
    }
  }
}

function writeFully(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Deletes this dictionary's caches from earlier kuromoji versions or files, and temp files
 * left by killed writers (after an hour, so a concurrent writer's file is never touched).
 */
function removeStale(dir: string, current: string): void {
  const prefix = current.slice(0, current.lastIndexOf("-") + 1);
  for (const name of fs.readdirSync(dir)) {
    try {
      const full = path.join(dir, name);
      if (name.startsWith(prefix) && name.endsWith(".bin") && name !== current) fs.rmSync(full, { force: true });
      else if (name.startsWith(".ipadic-") && name.endsWith(".tmp") && Date.now() - fs.statSync(full).mtimeMs > 3_600_000) {
        fs.rmSync(full, { force: true });
      }
    } catch {
      // Another process may be cleaning up too.
    }
  }
}

/**
 * The dictionary at `dicPath`, from the cache in `cacheDir` when it holds a valid copy,
 * else decoded from the .dat.gz files and cached for next time (null: no cache at all).
 * Only decoding can throw; the cache never makes a load fail.
 */
export async function readDictionaryData(dicPath: string, cacheDir: string | null): Promise<DictionaryData> {
  let cache: { file: string; key: string } | null = null;
  if (cacheDir !== null && crc32) {
    try {
      const fp = fingerprint(dicPath);
      cache = { file: cacheFile(cacheDir, fp), key: fp.key };
    } catch {
      // A missing file: let decoding report it the way the stock loader would.
    }
  }
  const cached = cache && (await readCache(cache.file, cache.key));
  if (cached) return cached;
  const data = await decodeDictionary(dicPath);
  if (cache) writeCache(cache.file, cache.key, data);
  return data;
}

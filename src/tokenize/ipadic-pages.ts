import fs from "node:fs";

/*
 * The dictionary cache file is read page by page, on first touch, into one SharedArrayBuffer
 * laid out as the file is: a one-sentence run touches a few hundred kilobytes of the 34 MB,
 * and reading all of it was most of kouka's start-up. Every reader of the buffer (the lattice
 * builder, the connection costs, the feature reader) asks for its pages first; each page is
 * checked against its CRC-32 as it is read.
 */

/** Which pages of the buffer hold their bytes yet, and how to read the others. */
export interface Pages {
  /** 1 where page p (bytes p << shift ..) has been read. */
  readonly loaded: Uint8Array;
  readonly shift: number;
  /** Reads page `page`; throws when the file cannot be read or the page is damaged. */
  load(page: number): void;
  /** Reads every page not read yet, e.g. before the buffer is shared with worker threads. */
  loadAll(): void;
  /** Whether every page has been read (readers may then skip asking). */
  isComplete(): boolean;
}

/** Makes sure bytes [from, to) of the buffer have been read. */
export function ensure(pages: Pages, from: number, to: number): void {
  const { loaded, shift } = pages;
  for (let p = from >>> shift, last = (to - 1) >>> shift; p <= last; p++) if (loaded[p] === 0) pages.load(p);
}

/** Pages of a buffer that is already whole (decoded in memory, or received from another thread). */
export function wholePages(buffer: ArrayBufferLike): Pages {
  const shift = 16;
  return { loaded: new Uint8Array((buffer.byteLength >>> shift) + 1).fill(1), shift, load() {}, loadAll() {}, isComplete: () => true };
}

/** Reads bytes [from, to) of the file into the same place of `into`; false if the file ends first. */
export function readFully(fd: number, into: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    const n = fs.readSync(fd, into, at, to - at, at);
    if (n === 0) return false;
    at += n;
  }
  return true;
}

/** After this many single-page reads a run is clearly not short: read the rest at once. */
const SINGLE_READS = 512;

export interface PagedFile {
  readonly fd: number;
  readonly buffer: SharedArrayBuffer;
  readonly shift: number;
  /** Pages before this one (the header) are read already and have no checksum. */
  readonly firstPage: number;
  /** CRC-32 of each page from firstPage on. */
  readonly checksums: Uint32Array;
  readonly crc32: (data: Uint8Array) => number;
  /** Called with the page that failed its check or could not be read; returns the error to throw. */
  readonly damaged: (page: number, why: string) => Error;
}

/** Pages read from `file.fd` as they are first needed; the descriptor is closed once all are read. */
export function filePages(file: PagedFile): Pages {
  const { fd, buffer, shift, firstPage, checksums, crc32 } = file;
  const pageCount = firstPage + checksums.length;
  const loaded = new Uint8Array(pageCount).fill(1, 0, firstPage);
  const bytes = new Uint8Array(buffer);
  let missing = checksums.length;
  let singleReads = 0;
  let closed = false;

  const fail = (page: number, why: string): never => {
    close();
    throw file.damaged(page, why);
  };
  function close(): void {
    if (closed) return;
    closed = true;
    try {
      fs.closeSync(fd);
    } catch {
      // Closing a read-only descriptor cannot lose anything.
    }
  }
  /** Reads pages [from, to) with one call and checks each. */
  function readRun(from: number, to: number): void {
    if (closed) fail(from, "the cache file was closed after an error");
    const end = Math.min(to << shift, buffer.byteLength);
    let whole = false;
    try {
      whole = readFully(fd, bytes, from << shift, end);
    } catch (e) {
      fail(from, (e as Error).message);
    }
    if (!whole) fail(from, "the file is shorter than its header says");
    for (let p = from; p < to; p++) {
      const page = bytes.subarray(p << shift, Math.min((p + 1) << shift, end));
      if (crc32(page) !== checksums[p - firstPage]) fail(p, "checksum mismatch");
      loaded[p] = 1;
      missing--;
    }
    if (missing === 0) close();
  }

  const pages: Pages = {
    loaded,
    shift,
    load(page) {
      if (page < 0 || page >= pageCount || loaded[page] === 1) return;
      if (++singleReads > SINGLE_READS) pages.loadAll();
      else readRun(page, page + 1);
    },
    loadAll() {
      for (let p = firstPage; p < pageCount; ) {
        if (loaded[p] === 1) {
          p++;
          continue;
        }
        let q = p + 1;
        while (q < pageCount && loaded[q] === 0) q++;
        readRun(p, q);
        p = q;
      }
    },
    isComplete: () => missing === 0,
  };
  return pages;
}

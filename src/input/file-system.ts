import { closeSync, constants, fstatSync, openSync, readdir, readFile, readSync, realpath, stat, type Dirent, type Stats } from "node:fs";

/*
 * The few fs calls input reading makes (the only file of the core that touches fs): promise
 * forms over the callback API, as node:fs/promises (which loads readline with it) cost every
 * start-up ~1.5 ms, and a small file read at once.
 */
const settle =
  <T>(resolve: (value: T) => void, reject: (err: Error) => void) =>
  (err: Error | null, value: T): void =>
    err ? reject(err) : resolve(value);

export const readFileBytes = (file: string): Promise<Buffer> => new Promise((resolve, reject) => readFile(file, settle(resolve, reject)));
export const statOf = (file: string): Promise<Stats> => new Promise((resolve, reject) => stat(file, settle(resolve, reject)));
export const realpathOf = (file: string): Promise<string> => new Promise((resolve, reject) => realpath(file, settle(resolve, reject)));
export const readdirEntries = (dir: string): Promise<Dirent[]> =>
  new Promise((resolve, reject) => readdir(dir, { withFileTypes: true }, settle(resolve, reject)));

/** Files up to this size may be read at once, in the calling thread. */
export const READ_AT_ONCE_UP_TO = 1 << 20;

/**
 * The bytes of a regular file of at most READ_AT_ONCE_UP_TO bytes, read in the calling
 * thread: open, fstat, read, close, with no trip to the thread pool (which a callback
 * read makes four times, each a wake-up of another thread). Undefined for anything else
 * (a bigger file, a FIFO swapped in since the folder was listed: opened without blocking,
 * never read here, a file that grew while read), which the caller reads the usual way.
 * Throws what fs throws.
 */
export function readSmallFile(file: string): Uint8Array | undefined {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > READ_AT_ONCE_UP_TO) return undefined;
    // One byte more than the size, so a file that grew since fstat is noticed.
    const bytes = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    while (length < bytes.length) {
      const got = readSync(fd, bytes, length, bytes.length - length, null);
      if (got === 0) break;
      length += got;
    }
    return length > stats.size ? undefined : bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

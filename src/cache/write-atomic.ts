import fs from "node:fs";
import path from "node:path";

/**
 * A fresh hidden name beside `file` for writing it first: `.name.<random>.tmp`.
 * (Opened with "wx", so a clash fails rather than clobbers.)
 */
export function tempFileFor(file: string): string {
  const unique = Math.random().toString(36).slice(2, 12).padEnd(10, "0");
  return path.join(path.dirname(file), `.${path.basename(file)}.${unique}.tmp`);
}

/**
 * Writes `pieces` to `file` so that readers see the old file or the whole new one, never a
 * part: a temp file in the same folder, synced, then renamed over. Creates the folder.
 * Throws on failure, after removing the temp file.
 */
export function writeFileAtomic(file: string, pieces: readonly Uint8Array[]): void {
  const tmp = tempFileFor(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let fd: number | undefined = fs.openSync(tmp, "wx");
  try {
    for (const bytes of pieces) {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    throw e;
  }
}

/** Whether `name` is a temp file writeFileAtomic left behind for a file named `prefix`…, over an hour ago. */
export function isAbandonedTemp(dir: string, name: string, prefix: string): boolean {
  return name.startsWith(`.${prefix}`) && name.endsWith(".tmp") && Date.now() - fs.statSync(path.join(dir, name)).mtimeMs > 3_600_000;
}

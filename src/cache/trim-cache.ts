import fs from "node:fs";
import path from "node:path";
import { isAbandonedTemp } from "./write-atomic.js";

/**
 * Keeps the `keep` newest files named `prefix`…`.bin` in `dir` and deletes the rest, with
 * temp files writers left behind. Never throws: another process may be cleaning up too.
 */
export function trimCache(dir: string, prefix: string, keep: number): void {
  const files: { name: string; mtime: number }[] = [];
  try {
    for (const name of fs.readdirSync(dir)) {
      try {
        if (isAbandonedTemp(dir, name, prefix)) fs.rmSync(path.join(dir, name), { force: true });
        else if (name.startsWith(prefix) && name.endsWith(".bin")) files.push({ name, mtime: fs.statSync(path.join(dir, name)).mtimeMs });
      } catch {
        // Gone already.
      }
    }
    files.sort((a, b) => b.mtime - a.mtime);
    for (const { name } of files.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // Nothing lost: the folder is only a cache.
  }
}

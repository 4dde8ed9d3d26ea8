import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

export interface TempFolder {
  /** The folder (made before the file's first test). */
  readonly dir: string;
  /** Writes `content` at `rel` inside the folder (making folders on the way) and returns the absolute path. */
  put(rel: string, content: string | Uint8Array): string;
}

/** A temporary folder of the calling test file's own: made before its tests, removed after them. */
export function tempFolder(prefix: string): TempFolder {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });
  const folder: TempFolder = {
    get dir() {
      if (dir === undefined) throw new Error("tempFolder: used outside a test");
      return dir;
    },
    put(rel, content) {
      const file = path.join(folder.dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
  };
  return folder;
}

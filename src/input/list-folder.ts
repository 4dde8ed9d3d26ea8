import { compareCodePoints } from "../text/compare-code-points.js";
import type { Dirent } from "node:fs";
import { readdirEntries, realpathOf, statOf } from "./fs-async.js";
import path from "node:path";
import type { KoukaErrorCode } from "../errors.js";

/** Extensions picked up inside folders (DESIGN.md "Commands"); compared case-insensitively. */
export const INPUT_EXTENSIONS: readonly string[] = [".txt", ".md", ".jsonl"];

export function hasInputExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export function isJsonlName(name: string): boolean {
  return name.toLowerCase().endsWith(".jsonl");
}

/**
 * A file to read, relative to the folder with `/` separators, or a problem found while
 * walking (`rel` "" is the folder itself). Problems are kept in the listing so they are
 * reported at their place in the sorted order instead of being dropped.
 */
export type FolderEntry = { rel: string; problem?: { code: KoukaErrorCode; message: string } };

/**
 * Lists input files under `root`, recursively, sorted by relative path in code-point
 * order so the report is identical on every machine and locale. Only names are
 * collected here; contents are read one file at a time by the caller.
 *
 * Hidden entries are skipped. Symlinked folders are followed, except one that leads
 * back to a folder already on the current path (a loop), tracked by real path.
 */
export async function listFolder(root: string): Promise<FolderEntry[]> {
  const out: FolderEntry[] = [];
  let real: string;
  try {
    real = await realpathOf(root);
  } catch (err) {
    return [{ rel: "", problem: describeFsError(err) }];
  }
  await walk(root, "", new Set([real]), out);
  return out.sort((a, b) => compareCodePoints(a.rel, b.rel));
}

async function walk(dir: string, rel: string, ancestors: Set<string>, out: FolderEntry[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdirEntries(dir);
  } catch (err) {
    out.push({ rel, problem: describeFsError(err) });
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const childRel = rel === "" ? name : `${rel}/${name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await statOf(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A dangling link to a folder cannot be told apart; one that looks like an input is reported.
        if (hasInputExtension(name)) out.push({ rel: childRel, problem: describeFsError(err) });
        continue;
      }
    }
    if (isDir) {
      let real: string;
      try {
        real = await realpathOf(full);
      } catch (err) {
        out.push({ rel: childRel, problem: describeFsError(err) });
        continue;
      }
      if (ancestors.has(real)) continue;
      ancestors.add(real);
      await walk(full, childRel, ancestors, out);
      ancestors.delete(real);
    } else if (isFile && hasInputExtension(name)) {
      // FIFOs and sockets are skipped even with a .txt name: reading them could block forever.
      out.push({ rel: childRel });
    }
  }
}

/** Maps a node:fs failure to the user-facing code and a short `why`. */
export function describeFsError(err: unknown): { code: KoukaErrorCode; message: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { code: "INPUT_NOT_FOUND", message: "no such file or directory" };
    case "EACCES":
    case "EPERM":
      return { code: "INPUT_UNREADABLE", message: "permission denied" };
    case "ELOOP":
      return { code: "INPUT_UNREADABLE", message: "too many levels of symbolic links" };
    case "EISDIR":
      return { code: "INPUT_UNREADABLE", message: "is a directory" };
    case "ERR_FS_FILE_TOO_LARGE":
      return { code: "INPUT_UNREADABLE", message: "file too large" };
    case "ENOSPC":
      return { code: "INPUT_UNREADABLE", message: "no space left on device" };
    default:
      return { code: "INPUT_UNREADABLE", message: err instanceof Error ? err.message : String(err) };
  }
}

import { compareCodePoints } from "../text/compare-code-points.js";
import type { Dirent } from "node:fs";
import { readdirEntries, realpathOf, statOf } from "./file-system.js";
import path from "node:path";
import type { KoukaErrorCode } from "../errors.js";
import { extensionOf, formatOfName } from "../readers/input-format.js";

/** Extensions picked up inside folders (DESIGN.md "Input formats"); compared case-insensitively. */
export { INPUT_EXTENSIONS } from "../readers/input-format.js";

export function hasInputExtension(name: string): boolean {
  return formatOfName(name) !== undefined;
}

/**
 * A file to read, relative to the folder with `/` separators, or a problem found while
 * walking (`rel` "" is the folder itself). Problems are kept in the listing so they are
 * reported at their place in the sorted order instead of being dropped.
 */
export type FolderEntry = { rel: string; problem?: { code: KoukaErrorCode; message: string }; viaLink?: boolean };

/** What a scan found: the files to read, and what it left out, for the one stderr line that says so. */
export interface FolderListing {
  readonly entries: FolderEntry[];
  /** Files with other extensions, by extension ("" for none). */
  readonly skipped: ReadonlyMap<string, number>;
  /** Symbolic links to folders, not followed without `--follow`. */
  readonly linkedFolders: number;
}

/**
 * Lists input files under `root`, recursively, sorted by relative path in code-point
 * order so the report is identical on every machine and locale. Only names are
 * collected here; contents are read one file at a time by the caller.
 *
 * Hidden entries are skipped. Symlinked files are read; symlinked folders only with
 * `follow`, and then every real folder and every real file is read once (a link back
 * to a parent, or two folders linking each other, cannot repeat anything).
 */
export async function listFolder(root: string, follow = false): Promise<FolderListing> {
  const out: FolderEntry[] = [];
  const state: Walk = { follow, out, skipped: new Map(), linkedFolders: 0, seenDirs: new Set(), linked: [] };
  try {
    state.seenDirs.add(await realpathOf(root));
  } catch (err) {
    return { entries: [{ rel: "", problem: describeFsError(err) }], skipped: state.skipped, linkedFolders: 0 };
  }
  await walk(root, "", false, state);
  // Linked folders after the real tree, so a folder reached both ways keeps its real name.
  for (let next = state.linked.shift(); next; next = state.linked.shift()) await enter(next.full, next.rel, true, state);
  out.sort((a, b) => compareCodePoints(a.rel, b.rel));
  return { entries: follow ? await readEachOnce(root, out) : out, skipped: state.skipped, linkedFolders: state.linkedFolders };
}

interface Walk {
  readonly follow: boolean;
  readonly out: FolderEntry[];
  readonly skipped: Map<string, number>;
  linkedFolders: number;
  readonly seenDirs: Set<string>;
  /** Symbolic links to folders met on the way, walked after the real tree (--follow). */
  readonly linked: { full: string; rel: string }[];
}

async function walk(dir: string, rel: string, viaLink: boolean, state: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdirEntries(dir);
  } catch (err) {
    state.out.push({ rel, problem: describeFsError(err) });
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const childRel = rel === "" ? name : `${rel}/${name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      try {
        const target = await statOf(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A dangling link to a folder cannot be told apart; one that looks like an input is reported.
        if (hasInputExtension(name)) state.out.push({ rel: childRel, problem: describeFsError(err) });
        continue;
      }
      if (isDir && !state.follow) {
        state.linkedFolders++;
        continue;
      }
      if (isDir) {
        state.linked.push({ full, rel: childRel });
        continue;
      }
    }
    if (isDir) {
      await enter(full, childRel, viaLink, state);
    } else if (isFile && hasInputExtension(name)) {
      state.out.push(viaLink || link ? { rel: childRel, viaLink: true } : { rel: childRel });
    } else if (isFile) {
      // FIFOs and sockets are skipped even with a .txt name (reading them could block forever), silently.
      const ext = extensionOf(name);
      state.skipped.set(ext, (state.skipped.get(ext) ?? 0) + 1);
    }
  }
}

/** Walks a folder unless its real path was walked already: a loop, or a second way in, adds nothing. */
async function enter(full: string, rel: string, viaLink: boolean, state: Walk): Promise<void> {
  let real: string;
  try {
    real = await realpathOf(full);
  } catch (err) {
    state.out.push({ rel, problem: describeFsError(err) });
    return;
  }
  if (state.seenDirs.has(real)) return;
  state.seenDirs.add(real);
  await walk(full, rel, viaLink, state);
}

/**
 * With --follow: each real file once, under its own name when it has one outside links,
 * else under the first link name in sorted order.
 */
async function readEachOnce(root: string, entries: FolderEntry[]): Promise<FolderEntry[]> {
  const reals = await Promise.all(entries.map((e) => (e.problem ? undefined : realpathOf(path.join(root, e.rel)).catch(() => undefined))));
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) if (!entry.viaLink && reals[i]) seen.add(reals[i]);
  return entries.filter((entry, i) => {
    const real = reals[i];
    if (!entry.viaLink || real === undefined) return true; // a problem, or reading it will say what is wrong
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** `skipped 3 files (.pdf 2, .docx 1) and 1 linked folder (--follow reads them)`, or undefined when nothing was left out. */
export function describeSkipped(listing: Pick<FolderListing, "skipped" | "linkedFolders">): string | undefined {
  const parts: string[] = [];
  const files = [...listing.skipped.values()].reduce((a, b) => a + b, 0);
  if (files > 0) {
    const kinds = [...listing.skipped.entries()]
      .map(([ext, n]) => [ext === "" ? "no extension" : ext, n] as const)
      .sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))
      .map(([ext, n]) => `${ext} ${n}`)
      .join(", ");
    parts.push(`skipped ${files} ${files === 1 ? "file" : "files"} with other extensions (${kinds})`);
  }
  if (listing.linkedFolders > 0) {
    const n = listing.linkedFolders;
    parts.push(`${parts.length > 0 ? "and" : "skipped"} ${n} symbolic ${n === 1 ? "link" : "links"} to folders (--follow reads them)`);
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
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

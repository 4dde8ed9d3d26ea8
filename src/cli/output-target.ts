import { lstatSync, readlinkSync, statSync, type Stats } from "node:fs";
import path from "node:path";

/**
 * Where `-o FILE` really writes: a symlink is followed to its target (the link stays a link,
 * even one that dangles: the report is created where it points); a FIFO or a device is
 * written in place, never replaced; a regular file (or a new one) is replaced atomically.
 */
export type OutputTarget =
  | { readonly kind: "special"; readonly file: string }
  | { readonly kind: "regular"; readonly file: string; readonly existing: Stats | undefined }
  | { readonly kind: "folder"; readonly file: string };

/** Symlinks followed by hand, so a dangling one still says where the report goes. */
const MAX_LINKS = 40;

export function resolveOutputTarget(given: string): OutputTarget {
  let file = given;
  for (let hops = 0; ; hops++) {
    let link: Stats;
    try {
      link = lstatSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "regular", file, existing: undefined };
      throw e;
    }
    if (!link.isSymbolicLink()) break;
    if (hops === MAX_LINKS) throw Object.assign(new Error("too many levels of symbolic links"), { code: "ELOOP" });
    file = path.resolve(path.dirname(file), readlinkSync(file));
  }
  const stats = statSync(file);
  if (stats.isDirectory()) return { kind: "folder", file };
  if (stats.isFile()) return { kind: "regular", file, existing: stats };
  return { kind: "special", file };
}

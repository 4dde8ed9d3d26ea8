import { statSync, type Stats } from "node:fs";
import path from "node:path";
import { KoukaError } from "../errors.js";
import { listFolder } from "../input/list-folder.js";
import { STDIN_PATH } from "../input/read-inputs.js";

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * `-o` naming one of the inputs would overwrite it: a usage error before anything is read
 * or written. Files are compared by device and inode (so through symlinks, hard links and
 * `./a/../a`), named files and the files a folder scan would read alike. A target that does
 * not exist yet cannot be an input.
 */
export async function refuseOutputAmongInputs(output: string, paths: readonly string[], dataFiles: readonly string[] = [], follow = false): Promise<void> {
  const target = output === "" ? undefined : statOrUndefined(output);
  if (!target || target.isDirectory()) return;
  // Dictionaries are inputs too (`-d my.yaml -o my.yaml` would destroy one), compared as files only.
  for (const file of dataFiles) {
    const stats = statOrUndefined(file);
    if (stats && !stats.isDirectory() && sameFile(stats, target)) throw clash(output, file);
  }
  for (const given of paths) {
    if (given === STDIN_PATH) continue;
    const stats = statOrUndefined(given);
    if (!stats) continue;
    if (!stats.isDirectory()) {
      if (sameFile(stats, target)) throw clash(output, given);
      continue;
    }
    for (const entry of (await listFolder(given, follow)).entries) {
      if (entry.problem || entry.rel === "") continue;
      const file = path.join(given, entry.rel);
      const found = statOrUndefined(file);
      if (found && sameFile(found, target)) throw clash(output, file);
    }
  }
}

function clash(output: string, input: string): KoukaError {
  const same = output === input ? "" : ` (${input})`;
  return new KoukaError("USAGE", output, `the output is one of the inputs${same}; nothing was written: choose another -o file`);
}

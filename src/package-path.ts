import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (where package.json is), found from this file whether built or not. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("kouka: cannot find its package folder");
    dir = up;
  }
  return dir;
}

const root = findRoot();

/** A path inside the kouka package, never relative to the working directory. */
export function packagePath(...parts: string[]): string {
  return path.join(root, ...parts);
}

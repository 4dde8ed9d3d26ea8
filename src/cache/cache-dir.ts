import os from "node:os";
import path from "node:path";

/** XDG_CACHE_HOME/kouka (only if absolute, as the spec says), else ~/.cache/kouka; null without a home. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "kouka");
  try {
    const home = os.homedir();
    return home ? path.join(home, ".cache", "kouka") : null;
  } catch {
    return null; // no home directory: run without a cache
  }
}

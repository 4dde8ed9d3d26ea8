import { fileURLToPath } from "node:url";
import fs from "node:fs";
import path from "node:path";
import { runTimed, type RssMethod, type RunResult, type RunSpec } from "./run-timed.js";

/** What every measurement needs: where things are, how to run them, where to log. */
export interface BenchContext {
  /** The repository root (dist/bench/ is two levels down). */
  readonly root: string;
  readonly kouka: string;
  readonly rssMethod: RssMethod;
  readonly tmp: string;
  run(spec: RunSpec): Promise<RunResult>;
  /** A fresh `node` process running one of the compiled bench/child-*.ts scripts. */
  child(name: string, args?: readonly string[]): RunSpec;
  koukaSpec(args: readonly string[], extra?: Omit<RunSpec, "command" | "args">): RunSpec;
  log(message: string): void;
}

export function createContext(rssMethod: RssMethod, tmp: string): BenchContext {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, "..", "..");
  // The installed command, run as a user runs it (its shebang sets node's flags).
  const bin = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { bin: { kouka: string } }).bin.kouka;
  const kouka = path.join(root, bin);
  const started = Date.now();
  return {
    root,
    kouka,
    rssMethod,
    tmp,
    run: (spec) => runTimed(spec, rssMethod),
    child: (name, args = []) => ({ command: process.execPath, args: [path.join(here, `${name}.js`), ...args] }),
    koukaSpec: (args, extra = {}) => ({ ...extra, command: kouka, args }),
    log: (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`),
  };
}

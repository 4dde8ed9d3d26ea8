import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The project root, wherever the tests are run from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built binary package.json publishes (as conformance/run.sh finds it); `npm test` builds first. */
export const BIN = path.join(ROOT, packageBin() ?? path.join("dist", "bin", "kouka.js"));

function packageBin(): string | undefined {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin?: string | Record<string, string> };
  return typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["kouka"];
}
export const CORPUS = path.join(ROOT, "corpus");
export const SEED = path.join(CORPUS, "000_ff73a4c8bf075508.txt");

export interface KoukaResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout exactly as written (BOM checks, byte-identical comparisons). */
  readonly stdoutBytes: Buffer;
}

export interface RunOptions {
  /** Bytes or text piped to standard input (otherwise stdin is empty, never the terminal). */
  readonly input?: string | Uint8Array;
  /** Working directory; defaults to a fresh empty folder so no test leans on the project root. */
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** Variables added to the environment (e.g. XDG_CACHE_HOME for a cache of the test's own). */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the built CLI with `args` and waits for it. */
export function runKouka(args: readonly string[], options: RunOptions = {}): KoukaResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? emptyDir(),
    input: options.input ?? "",
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
  });
  return toResult(result);
}

/** Runs a bash script (where `kouka` is the CLI) for what only a shell can set up, such as `| head`. */
export function runShell(script: string, options: { cwd?: string; timeoutMs?: number } = {}): KoukaResult {
  const result = spawnSync("bash", ["-c", `kouka() { "$KOUKA_NODE" "$KOUKA_BIN" "$@"; }\n${script}`], {
    cwd: options.cwd ?? emptyDir(),
    input: "",
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, KOUKA_NODE: process.execPath, KOUKA_BIN: BIN },
  });
  return toResult(result);
}

function toResult(result: SpawnSyncReturns<Buffer>): KoukaResult {
  if (result.error) throw result.error;
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout.toString("utf8"),
    stderr: result.stderr.toString("utf8"),
    stdoutBytes: result.stdout,
  };
}

let scratch: string | undefined;
/** One empty folder per test process, used as a neutral working directory. */
function emptyDir(): string {
  return (scratch ??= mkdtempSync(path.join(tmpdir(), "kouka-cwd-")));
}
// Imported at collection time, so this hook belongs to the importing test file.
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A small RFC 4180 reader (quotes, doubled quotes, newlines in cells), enough to check reports. */
export function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** CSV rows as objects keyed by the header line. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ""));
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** `scale,network,scope` of the row whose document is `doc`, or undefined when it has no row. */
export function countsOf(stdout: string, doc: string): string | undefined {
  const row = csvRecords(stdout).find((r) => r["document"] === doc);
  return row && `${row["scale"]},${row["network"]},${row["scope"]}`;
}

/** A Node stack frame, an internal error or a raw errno on stderr means an error escaped its handler. */
export const STACK_TRACE = /^\s+at |internal error|Error: E[A-Z]+:|\bEPIPE\b/m;

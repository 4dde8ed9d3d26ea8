import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { BUILD_ID } from "../build-id.js";
import { defaultCacheDir } from "../cache/cache-dir.js";
import { shortHash } from "../cache/short-hash.js";
import { trimCache } from "../cache/trim-cache.js";
import { writeFileAtomic } from "../cache/write-atomic.js";
import { problemsError } from "../data/data-problem.js";
import { KoukaError } from "../errors.js";
import { packagePath } from "../package-path.js";
import { parseTermReference, type TermReference } from "../terms/term-reference.js";
import type { TermRules } from "../terms/term-rules.js";

export const TERM_RULES_FILE = packagePath("dictionaries", "terms.yaml");
export const TERM_REFERENCE_FILE = packagePath("dictionaries", "reference.yaml");

export interface TermData {
  readonly rules: TermRules;
  readonly reference: TermReference;
}

interface Source {
  readonly file: string;
  readonly text: string;
}

/**
 * The term rules (dictionaries/terms.yaml plus each `--term-list` file) and the keyness
 * reference, checked; any problem stops the run before output with `file:line: why`.
 *
 * The rules are YAML, and the YAML reader costs a run more than everything else here,
 * so checked rules are cached (bundled builds only, keyed by the files' full text, the
 * build and Node, like the knowledge cache) and the reader loads only on a miss. The
 * reference is read line by line and needs no cache.
 */
export async function loadTermData(listFiles: readonly string[]): Promise<TermData> {
  const rules = await loadTermRules(listFiles);
  const referenceFile = read(TERM_REFERENCE_FILE);
  const reference = parseTermReference(referenceFile.text, referenceFile.file);
  if (reference.reference === undefined) throw problemsError(reference.problems);
  return { rules, reference: reference.reference };
}

/**
 * The term rules alone: what a map (`-f partial`) judges each occurrence by. The keyness
 * reference is for rankings only, and reading it costs a map run about 30 ms.
 */
export async function loadTermRules(listFiles: readonly string[]): Promise<TermRules> {
  const sources = [read(TERM_RULES_FILE), ...listFiles.map(read)];
  const cache = cacheFor(sources);
  let rules = cache && readCached(cache);
  if (!rules) {
    rules = await checkRules(sources);
    if (cache) writeCached(cache, rules);
  }
  return rules;
}

async function checkRules([main, ...lists]: readonly Source[]): Promise<TermRules> {
  const [{ parseTermRules, parseTermLists }, { withLists }] = await Promise.all([import("../terms/term-rules.js"), import("../terms/with-lists.js")]);
  const parsed = parseTermRules(main!.text, main!.file);
  if (parsed.rules === undefined) throw problemsError(parsed.problems);
  const extra = lists.map((source) => {
    const list = parseTermLists(source.text, source.file);
    if (list.lists === undefined) throw problemsError(list.problems);
    return list.lists;
  });
  return withLists(parsed.rules, extra);
}

function read(file: string): Source {
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new KoukaError("DICT_INVALID", file, `cannot read the term list: ${why}`);
  }
}

/** Bump when TermRules changes shape. */
const FORMAT = 1;
const MAGIC = Buffer.from("KOUKATRM", "latin1");
const PREFIX = "terms-";

function cacheFor(sources: readonly Source[]): { file: string; key: string } | null {
  const dir = defaultCacheDir();
  if (BUILD_ID === undefined || dir === null) return null;
  const key = JSON.stringify({ FORMAT, build: BUILD_ID, node: process.version, sources });
  return { file: path.join(dir, `${PREFIX}${shortHash(JSON.stringify([BUILD_ID, sources.map((s) => s.file)]))}.bin`), key };
}

/** The cached rules, or null if absent, stale or unreadable. Never throws. */
function readCached(cache: { file: string; key: string }): TermRules | null {
  try {
    const bytes = readFileSync(cache.file);
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const stored = v8.deserialize(bytes.subarray(MAGIC.length)) as { key?: unknown; rules?: TermRules };
    return stored.key === cache.key && stored.rules ? stored.rules : null;
  } catch {
    return null;
  }
}

function writeCached(cache: { file: string; key: string }, rules: TermRules): void {
  try {
    writeFileAtomic(cache.file, [MAGIC, v8.serialize({ key: cache.key, rules })]);
    trimCache(path.dirname(cache.file), PREFIX, 16);
  } catch {
    // An unwritable cache folder just means no cache.
  }
}

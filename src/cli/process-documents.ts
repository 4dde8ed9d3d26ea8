import path from "node:path";
import { KoukaError } from "../errors.js";
import { inShard, type Shard } from "../partial/shard.js";
import type { DocumentInput } from "../result/map-document.js";
import { readInputs, type InputItem } from "../input/read-inputs.js";
import type { Meta } from "../readers/read-document.js";
import type { WorkerPool } from "../parallel/worker-pool.js";
import { analyzeForTask, type DocumentOutput, type DocumentTask } from "../report/document-output.js";
import type { Resources } from "../resources.js";
import { loadDictionaryData } from "../tokenize/load-tokenizer.js";
import { warn, type CliIO } from "./cli-io.js";
import { createProgress } from "./progress.js";
import type { RunOptions } from "./run-options.js";

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;
/**
 * Input of at most this many characters in all is analysed in this thread: starting worker
 * threads (and reading the whole dictionary for them) costs about as long as analysing this
 * much text here (~0.3 s).
 */
export const IN_PROCESS_UP_TO = 60_000;
/** Without worker threads, the next document is read during an analysis only while the documents held are this short. */
const READ_AHEAD_UP_TO = 1_000_000;
/** Characters above which `tokens` of a document are made in this thread, as they are written. */
const STREAM_TOKENS_ABOVE = 1_000_000;

type Pending = { error: KoukaError } | { output: Promise<DocumentOutput>; chars: number; source: string; meta: Meta | undefined };

/**
 * Reads every input, analyses each document (in-process or on worker threads) and hands
 * its output to `onDocument` in input order. Unreadable inputs are named on stderr and
 * counted; the rest goes on. `onDocument` returning false stops the run (closed pipe).
 */
export async function processDocuments(
  paths: readonly string[],
  options: RunOptions,
  task: DocumentTask,
  resources: Resources,
  io: CliIO,
  /** `meta`: the document's `--meta` fields, when it is a record and some were asked for. */
  onDocument: (output: DocumentOutput, meta?: Meta) => Promise<boolean>,
): Promise<{ failed: number }> {
  const inputs = readInputs(paths, {
    encoding: options.encoding,
    inputFormat: options.inputFormat,
    records: options.records,
    follow: options.follow,
    clean: options.clean,
    stdin: io.stdin,
    notice: (message) => warn(io, message),
  })[Symbol.asyncIterator]();
  // Look ahead: input that ends within IN_PROCESS_UP_TO characters (a piped article, a few
  // files) is analysed here, sooner than worker threads could start.
  const ahead: InputItem[] = [];
  let aheadChars = 0;
  let rest = await inputs.next();
  for (; !rest.done && aheadChars <= IN_PROCESS_UP_TO; rest = await inputs.next()) {
    ahead.push(rest.value);
    if (rest.value.kind === "document") aheadChars += rest.value.text.length;
  }
  const pool = options.jobs > 1 && !rest.done ? await startPool(options, task, resources) : undefined;
  const ctx = { ...resources, clean: options.clean };
  const analyze = (item: Extract<InputItem, { kind: "document" }>): Promise<DocumentOutput> => {
    // tokens of a huge document are made here as they are written; a worker would send them all at once.
    const inWorker = pool && !(task.produce === "tokens" && item.text.length > STREAM_TOKENS_ABOVE);
    const input = documentInput(item, task.produce === "mentions" || (task.produce === "result" && task.mentions !== undefined));
    const output = (inWorker ? pool.analyze(input) : inThisThread(() => analyzeForTask(task, input, ctx))).catch((e: unknown) => {
      throw analysisError(item.source, e);
    });
    // Awaited in input order later; until then a failure must not count as unhandled.
    output.catch(() => {});
    return output;
  };

  const progress = createProgress(io, options.quiet);
  const queue: Pending[] = [];
  let queuedChars = 0;
  const limit = Math.max(1, options.jobs) * IN_FLIGHT_PER_JOB;
  // In this thread, one document is read while the one before is analysed, unless that one is long.
  const full = (): boolean => (pool ? queue.length >= limit : queue.length >= 2 || queuedChars > READ_AHEAD_UP_TO);
  let failed = 0;
  let stopped = false;
  const emit = async (): Promise<void> => {
    const head = queue.shift()!;
    if ("chars" in head) queuedChars -= head.chars;
    if ("error" in head) {
      failed++;
      warn(io, head.error.describe());
      return;
    }
    let output: DocumentOutput;
    try {
      output = await head.output;
    } catch (e) {
      if (!(e instanceof KoukaError)) throw e;
      failed++;
      warn(io, e.describe());
      return;
    }
    progress.tick(head.chars);
    try {
      if (!stopped && !(await onDocument(output, head.meta))) stopped = true;
    } catch (e) {
      // Rows made while they are written (tokens) can still fail: that document's error.
      if (e instanceof KoukaError) throw e;
      failed++;
      warn(io, analysisError(head.source, e).describe());
    }
  };
  try {
    const enqueue = async (item: InputItem): Promise<void> => {
      if (options.shard && !ownShare(item, options.shard)) return;
      if (item.kind === "document") queuedChars += item.text.length;
      queue.push(item.kind === "error" ? { error: item.error } : { output: analyze(item), chars: item.text.length, source: item.source, meta: item.meta });
      while (full()) await emit();
    };
    for (const item of ahead) if (!stopped) await enqueue(item);
    for (; !rest.done && !stopped; rest = await inputs.next()) await enqueue(rest.value);
    while (queue.length > 0) await emit();
  } finally {
    progress.done();
    await pool?.close();
    await inputs.return?.(undefined);
  }
  return { failed };
}

/**
 * A document is this shard's when its name hashes to it; an input that could not be read
 * is reported by the shard its name (path, or path:line) hashes to, so by exactly one.
 */
function ownShare(item: InputItem, shard: Shard): boolean {
  return inShard(item.kind === "document" ? item.id : item.error.where, shard);
}

/** A read document as the core takes it: with its folder (`--by dir`) and record fields. */
function documentInput(item: Extract<InputItem, { kind: "document" }>, withOrigin: boolean): DocumentInput {
  const file = item.source === item.id ? item.source : item.source.replace(/:\d+$/u, "");
  const fromStdin = file === "-";
  return {
    document: item.id,
    text: item.text,
    ...(fromStdin ? {} : { dir: path.dirname(file) }),
    ...(item.meta === undefined ? {} : { meta: item.meta }),
    // Only mentions (and the report's KWIC) give positions in the file, so only they need the map back to it.
    ...(withOrigin && item.origin !== undefined ? { origin: item.origin } : {}),
  };
}

/** Loaded only for a run of several documents: a one-document run never pays for worker_threads. */
async function startPool(options: RunOptions, task: DocumentTask, resources: Resources): Promise<WorkerPool> {
  const { tokenizer: _, ...knowledge } = resources;
  const { createWorkerPool } = await import("../parallel/worker-pool.js");
  return createWorkerPool(options.jobs, { data: await loadDictionaryData(), knowledge, clean: options.clean, task });
}

/**
 * Runs `analyse` in this thread after pending I/O callbacks (setImmediate, not a microtask), so
 * that the read of the next document, started meanwhile, overlaps it.
 */
function inThisThread<T>(analyse: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(analyse());
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** One document that breaks the analysis is reported like an unreadable one; the run goes on. */
function analysisError(source: string, e: unknown): KoukaError {
  return new KoukaError("INPUT_ANALYSIS", source, `cannot analyse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}

import path from "node:path";
import { KoukaError } from "../errors.js";
import { inShard, type Shard } from "../partial/shard.js";
import type { DocumentInput } from "../result/map-document.js";
import { readInputs, type InputItem } from "../input/read-inputs.js";
import type { WorkerPool } from "../parallel/worker-pool.js";
import { analyzeForTask, type DocumentOutput, type DocumentTask } from "../report/document-output.js";
import type { Resources } from "../resources.js";
import { loadDictionaryData } from "../tokenize/load-tokenizer.js";
import { warn, type CliIO } from "./cli-io.js";
import { createProgress } from "./progress.js";
import type { RunOptions } from "./run-options.js";

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 4;
/** Characters above which `tokens` of a document are made in this thread, as they are written. */
const STREAM_TOKENS_ABOVE = 1_000_000;

type Pending = { error: KoukaError } | { output: Promise<DocumentOutput>; chars: number; source: string };

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
  onDocument: (output: DocumentOutput) => Promise<boolean>,
): Promise<{ failed: number }> {
  const inputs = readInputs(paths, { encoding: options.encoding, inputFormat: options.inputFormat, stdin: io.stdin })[Symbol.asyncIterator]();
  // Look one document ahead: a single document (a piped article) never pays for starting workers.
  const first = await inputs.next();
  const second = first.done ? first : await inputs.next();
  const pool = options.jobs > 1 && !second.done ? await startPool(options, task, resources) : undefined;
  const ctx = { ...resources, clean: options.clean };
  const analyze = (item: Extract<InputItem, { kind: "document" }>): Promise<DocumentOutput> => {
    // tokens of a huge document are made here as they are written; a worker would send them all at once.
    const inWorker = pool && !(task.produce === "tokens" && item.text.length > STREAM_TOKENS_ABOVE);
    const input = documentInput(item);
    const output = (inWorker ? pool.analyze(input) : Promise.resolve().then(() => analyzeForTask(task, input, ctx))).catch((e: unknown) => {
      throw analysisError(item.source, e);
    });
    // Awaited in input order later; until then a failure must not count as unhandled.
    output.catch(() => {});
    return output;
  };

  const progress = createProgress(io, options.quiet);
  const queue: Pending[] = [];
  const limit = Math.max(1, options.jobs) * IN_FLIGHT_PER_JOB;
  let failed = 0;
  let stopped = false;
  const emit = async (): Promise<void> => {
    const head = queue.shift()!;
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
      if (!stopped && !(await onDocument(output))) stopped = true;
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
      queue.push(item.kind === "error" ? { error: item.error } : { output: analyze(item), chars: item.text.length, source: item.source });
      while (queue.length >= (pool ? limit : 1)) await emit();
    };
    for (const step of [first, second]) if (!step.done) await enqueue(step.value);
    if (!second.done) {
      for (let next = await inputs.next(); !next.done && !stopped; next = await inputs.next()) await enqueue(next.value);
    }
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
function documentInput(item: Extract<InputItem, { kind: "document" }>): DocumentInput {
  const file = item.source === item.id ? item.source : item.source.replace(/:\d+$/u, "");
  const fromStdin = file === "-";
  return {
    document: item.id,
    text: item.text,
    ...(fromStdin ? {} : { dir: path.dirname(file) }),
    ...(item.meta === undefined ? {} : { meta: item.meta }),
  };
}

/** Loaded only for a run of several documents: a one-document run never pays for worker_threads. */
async function startPool(options: RunOptions, task: DocumentTask, resources: Resources): Promise<WorkerPool> {
  const { tokenizer: _, ...knowledge } = resources;
  const { createWorkerPool } = await import("../parallel/worker-pool.js");
  return createWorkerPool(options.jobs, { data: await loadDictionaryData(), knowledge, clean: options.clean, task });
}

/** One document that breaks the analysis is reported like an unreadable one; the run goes on. */
function analysisError(source: string, e: unknown): KoukaError {
  return new KoukaError("INPUT_ANALYSIS", source, `cannot analyse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}

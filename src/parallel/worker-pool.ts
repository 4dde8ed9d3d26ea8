import { Worker } from "node:worker_threads";
import type { DocumentOutput } from "../report/document-output.js";
import type { DocumentInput } from "../result/map-document.js";
import type { WorkerInit, WorkerJob, WorkerReply } from "./worker-protocol.js";

/** Analyses documents on worker threads; results come back as promises, one per document. */
export interface WorkerPool {
  analyze(input: DocumentInput): Promise<DocumentOutput>;
  close(): Promise<void>;
}

interface Job {
  readonly resolve: (o: DocumentOutput) => void;
  readonly reject: (e: Error) => void;
  readonly size: number;
}

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  readonly pending: Map<number, Job>;
  load: number;
  /** Why the thread is gone (it exited or threw), once it is. */
  lost?: Error;
  /** Whether it ever got ready: only such a thread is replaced when lost, so a thread that cannot start is not started again and again. */
  started: boolean;
}

const ANALYSIS_WORKER = new URL("./analysis-worker.js", import.meta.url);

/**
 * `size` worker threads. A thread that exits or throws fails the documents it was
 * analysing (each is then reported by name, the run exits 1) and is replaced, so the
 * other documents still finish. `workerUrl` is a test seam.
 */
export function createWorkerPool(size: number, init: WorkerInit, workerUrl: URL = ANALYSIS_WORKER): WorkerPool {
  let closing = false;
  const spawn = (): Slot => {
    const worker = new Worker(workerUrl, { workerData: init });
    let markReady = (): void => {};
    let markFailed = (_: Error): void => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => {});
    const slot: Slot = { worker, ready, pending: new Map(), load: 0, started: false };
    const lose = (why: Error): void => {
      if (slot.lost || closing) return;
      slot.lost = why;
      markFailed(why);
      for (const job of slot.pending.values()) job.reject(why);
      slot.pending.clear();
      const at = slots.indexOf(slot);
      if (slot.started && at !== -1) slots[at] = spawn();
    };
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.started = true;
        return markReady();
      }
      if ("failed" in reply) return lose(new Error(reply.failed));
      const job = slot.pending.get(reply.seq);
      if (!job) return;
      slot.pending.delete(reply.seq);
      slot.load -= job.size;
      if ("output" in reply) job.resolve(reply.output);
      else job.reject(new Error(reply.error));
    });
    // An uncaught error in the thread comes first, then its exit: the first reason is kept.
    worker.on("error", (e) => lose(new Error(`the worker thread analysing it failed: ${e.message}`)));
    worker.on("exit", (code) => lose(new Error(`the worker thread analysing it stopped (exit code ${code})`)));
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, spawn);
  let seq = 0;
  return {
    async analyze(input) {
      // The least loaded live worker, by characters waiting, so one long document does not stall the rest.
      const live = slots.filter((s) => !s.lost);
      const slot = (live.length > 0 ? live : slots).reduce((a, b) => (b.load < a.load ? b : a));
      if (slot.lost) throw slot.lost;
      slot.load += input.text.length;
      const job: WorkerJob = { seq: seq++, input };
      await slot.ready;
      if (slot.lost) throw slot.lost;
      return new Promise<DocumentOutput>((resolve, reject) => {
        slot.pending.set(job.seq, { resolve, reject, size: input.text.length });
        slot.worker.postMessage(job);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

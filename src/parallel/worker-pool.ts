import { Worker } from "node:worker_threads";
import type { DocumentOutput } from "../report/document-output.js";
import type { DocumentInput } from "../result/map-document.js";
import type { WorkerInit, WorkerJob, WorkerReply } from "./worker-protocol.js";

/** Analyses documents on worker threads; results come back as promises, one per document. */
export interface WorkerPool {
  analyze(input: DocumentInput): Promise<DocumentOutput>;
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  readonly pending: Map<number, { resolve: (o: DocumentOutput) => void; reject: (e: Error) => void; size: number }>;
  load: number;
}

export function createWorkerPool(size: number, init: WorkerInit): WorkerPool {
  const url = new URL("./analysis-worker.js", import.meta.url);
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(url, { workerData: init });
    const pending: Slot["pending"] = new Map();
    const ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (reply: WorkerReply) => {
        if ("ready" in reply) return resolve();
        if ("failed" in reply) return reject(new Error(reply.failed));
        const job = pending.get(reply.seq);
        if (!job) return;
        pending.delete(reply.seq);
        slot.load -= job.size;
        if ("output" in reply) job.resolve(reply.output);
        else job.reject(new Error(reply.error));
      });
      worker.on("error", (e) => {
        reject(e);
        for (const job of pending.values()) job.reject(e);
        pending.clear();
      });
    });
    ready.catch(() => {});
    const slot: Slot = { worker, ready, pending, load: 0 };
    return slot;
  });
  let seq = 0;
  return {
    async analyze(input) {
      // The least loaded worker, by characters waiting, so one long document does not stall the rest.
      const slot = slots.reduce((a, b) => (b.load < a.load ? b : a));
      slot.load += input.text.length;
      const job: WorkerJob = { seq: seq++, input };
      await slot.ready;
      return new Promise<DocumentOutput>((resolve, reject) => {
        slot.pending.set(job.seq, { resolve, reject, size: input.text.length });
        slot.worker.postMessage(job);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

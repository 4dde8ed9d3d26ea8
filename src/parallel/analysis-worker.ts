import { parentPort, workerData } from "node:worker_threads";
import { analyzeForTask, toMessage } from "../report/document-output.js";
import { tokenizerFromData } from "../tokenize/load-tokenizer.js";
import type { WorkerInit, WorkerJob, WorkerReply } from "./worker-protocol.js";

// A worker thread: builds a tokenizer on the shared dictionary (no second load) and
// analyses the documents it is sent, one at a time.
const init = workerData as WorkerInit;
const port = parentPort!;
const post = (reply: WorkerReply): void => port.postMessage(reply);
/** Test only: the thread exits (as if killed, or out of memory) when sent this document. */
const exitOn = process.env["KOUKA_TEST_WORKER_EXIT"];

try {
  const ctx = { ...init.knowledge, tokenizer: tokenizerFromData(init.data), clean: init.clean };
  port.on("message", (job: WorkerJob) => {
    if (exitOn !== undefined && job.input.document === exitOn) process.exit(3);
    try {
      post({ seq: job.seq, output: toMessage(analyzeForTask(init.task, job.input, ctx)) });
    } catch (e) {
      post({ seq: job.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
  post({ ready: true });
} catch (e) {
  post({ failed: e instanceof Error ? e.message : String(e) });
}

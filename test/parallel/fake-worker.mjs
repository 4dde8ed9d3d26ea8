// A stand-in for analysis-worker.js in the pool's tests: answers each job with its text
// upper-cased, and dies as a job's text says: "exit" ends the thread, "throw" throws
// outside any handler, "fail" reports an ordinary analysis error. `workerData.failStart`
// makes it fail to start.
import { parentPort, workerData } from "node:worker_threads";

if (workerData?.failStart) {
  parentPort.postMessage({ failed: "cannot start" });
} else {
  parentPort.on("message", ({ seq, input }) => {
    const job = { seq, id: input.document, text: input.text };
    if (job.text === "exit") process.exit(5);
    if (job.text === "throw") setImmediate(() => { throw new Error("boom"); });
    else if (job.text === "fail") parentPort.postMessage({ seq: job.seq, error: "bad document" });
    else parentPort.postMessage({ seq: job.seq, output: { id: job.id, text: job.text.toUpperCase() } });
  });
  parentPort.postMessage({ ready: true });
}

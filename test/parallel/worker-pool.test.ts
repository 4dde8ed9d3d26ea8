import { describe, expect, it } from "vitest";
import { createWorkerPool } from "../../src/parallel/worker-pool.js";
import type { WorkerInit } from "../../src/parallel/worker-protocol.js";

const FAKE = new URL("./fake-worker.mjs", import.meta.url);
const pool = (size: number, init: object = {}) => createWorkerPool(size, init as WorkerInit, FAKE);

/** Every document's outcome, in order: its output, or the error it failed with. */
async function outcomes(results: Promise<unknown>[]): Promise<unknown[]> {
  return (await Promise.allSettled(results)).map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message));
}

describe("createWorkerPool", () => {
  it("analyses every document on its threads", async () => {
    const p = pool(2);
    try {
      expect(await outcomes(["a", "b", "c"].map((t, i) => p.analyze({ document: `d${i}`, text: t })))).toEqual([
        { id: "d0", text: "A" },
        { id: "d1", text: "B" },
        { id: "d2", text: "C" },
      ]);
    } finally {
      await p.close();
    }
  });

  it("a thread that exits fails its document with a clear error; the others finish, on a replacement too", async () => {
    const p = pool(1);
    try {
      const results = await outcomes([p.analyze({ document: "first", text: "a" }), p.analyze({ document: "dies", text: "exit" }), p.analyze({ document: "queued", text: "b" })]);
      expect(results[0]).toEqual({ id: "first", text: "A" });
      expect(results[1]).toBe("the worker thread analysing it stopped (exit code 5)");
      // "queued" was already sent to the thread that died: it fails too, named, never lost.
      expect(results[2]).toBe("the worker thread analysing it stopped (exit code 5)");
      expect(await p.analyze({ document: "after", text: "c" })).toEqual({ id: "after", text: "C" });
    } finally {
      await p.close();
    }
  });

  it("a thread that throws fails its document with the error; the others finish", async () => {
    const p = pool(2);
    try {
      const results = await outcomes([p.analyze({ document: "dies", text: "throw" }), p.analyze({ document: "other", text: "x" })]);
      expect(results).toEqual(["the worker thread analysing it failed: boom", { id: "other", text: "X" }]);
      expect(await outcomes(["y", "z"].map((t) => p.analyze({ document: t, text: t })))).toEqual([
        { id: "y", text: "Y" },
        { id: "z", text: "Z" },
      ]);
    } finally {
      await p.close();
    }
  });

  it("an ordinary analysis error fails that document only, and keeps the thread", async () => {
    const p = pool(1);
    try {
      expect(await outcomes([p.analyze({ document: "bad", text: "fail" }), p.analyze({ document: "good", text: "g" })])).toEqual(["bad document", { id: "good", text: "G" }]);
    } finally {
      await p.close();
    }
  });

  it("threads that cannot start fail every document with why, and are not started again", async () => {
    const p = pool(2, { failStart: true });
    try {
      expect(await outcomes([p.analyze({ document: "a", text: "a" }), p.analyze({ document: "b", text: "b" })])).toEqual(["cannot start", "cannot start"]);
    } finally {
      await p.close();
    }
  });
});

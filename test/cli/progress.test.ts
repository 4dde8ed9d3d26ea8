import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/cli-io.js";
import { createProgress } from "../../src/cli/progress.js";

/** A fake terminal: what was written to stderr, and how often it was asked whether it is a terminal. */
function fakeIO(isTTY: boolean) {
  const written: string[] = [];
  let asked = 0;
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  const io: CliIO = {
    stdin: (async function* () {})(),
    stdout: new Writable({ write: (_c, _e, done) => done() }),
    stderr,
    get stderrIsTTY() {
      asked++;
      return isTTY;
    },
  };
  return { io, written, asked: () => asked };
}

describe("createProgress", () => {
  it("draws nothing, and never asks about the terminal, in a run's first second", () => {
    let t = 0;
    const { io, written, asked } = fakeIO(true);
    const progress = createProgress(io, false, () => t);
    for (t = 0; t < 1000; t += 100) progress.tick(10);
    progress.done();
    expect(written).toEqual([]);
    expect(asked()).toBe(0);
  });

  it("draws a line on a terminal after a second, at most every 200 ms, and clears it at the end", () => {
    let t = 0;
    const { io, written } = fakeIO(true);
    const progress = createProgress(io, false, () => t);
    for (t = 0; t <= 1500; t += 100) progress.tick(100_000);
    progress.done();
    expect(written).toHaveLength(4); // at 1000, 1200, 1400 ms, then the clearing
    expect(written[0]).toBe("\r\x1b[2Kkouka: 11 documents, 1.1 M chars, 11.0 docs/s");
    expect(written.at(-1)).toBe("\r\x1b[2K");
  });

  it("stays silent when stderr is not a terminal, asking once", () => {
    let t = 0;
    const { io, written, asked } = fakeIO(false);
    const progress = createProgress(io, false, () => t);
    for (t = 0; t <= 3000; t += 100) progress.tick(1);
    progress.done();
    expect(written).toEqual([]);
    expect(asked()).toBe(1);
  });

  it("stays silent with --quiet", () => {
    let t = 0;
    const { io, written, asked } = fakeIO(true);
    const progress = createProgress(io, true, () => t);
    for (t = 0; t <= 3000; t += 100) progress.tick(1);
    progress.done();
    expect(written).toEqual([]);
    expect(asked()).toBe(0);
  });

  it("says '1 document', not '1 documents'", () => {
    let t = 0;
    const { io, written } = fakeIO(true);
    const progress = createProgress(io, false, () => t);
    t = 1500;
    progress.tick(2_000_000);
    expect(written[0]).toBe("\r\x1b[2Kkouka: 1 document, 2.0 M chars, 0.7 docs/s");
  });
});

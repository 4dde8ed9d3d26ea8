import { readFileSync, readlinkSync, readSync, writeSync } from "node:fs";
import { Writable } from "node:stream";

/*
 * Standard input and output over their file descriptors. Setting process.stdin or
 * process.stdout up as a stream costs ~5–7 ms each when it is a pipe, as much as the rest
 * of a one-sentence run; plain blocking reads and writes of fd 0 and 1 cost well under one.
 * If the descriptor is non-blocking (EAGAIN), the stream takes over where they stopped.
 */

/** Standard input's bytes, read when first iterated. */
export async function* standardInput(): AsyncGenerator<Uint8Array> {
  // Each chunk is handed on as it is read, so a reader that streams (kouka merge -) holds one at a time.
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let n: number;
    try {
      n = readSync(0, chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      break;
    }
    if (n === 0) return;
    yield chunk.subarray(0, n);
  }
  yield* process.stdin;
}

/**
 * Standard output. A write error is the stream's 'error', for the report's sink to act on
 * (src/cli/output-sink.ts); text written outside a report (help) is dropped on error, as
 * when the reader of `kouka --help | head` has gone.
 */
export function standardOutput(): Writable {
  let stream: NodeJS.WriteStream | undefined;
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (stream) return void stream.write(chunk, done);
      let at = 0;
      try {
        while (at < chunk.length) at += writeSync(1, chunk, at);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") return done(e as Error);
        stream = process.stdout;
        // Its errors come back through `done`, as this stream's own.
        stream.on("error", () => {});
        return void stream.write(chunk.subarray(at), done);
      }
      done();
    },
  });
  out.on("error", () => {});
  return out;
}

/**
 * Whether standard output was closed when kouka started (`kouka analyze … >&-`). Node then
 * opens /dev/null read-write in its place, so writes "succeed" and the report would be lost
 * without a word; a shell's `> /dev/null` opens it write-only. Linux only (/proc); elsewhere false.
 * (A parent that hands over /dev/null opened read-write, as Python's subprocess.DEVNULL does, looks the same.)
 */
export function stdoutWasClosed(): boolean {
  try {
    if (readlinkSync("/proc/self/fd/1") !== "/dev/null") return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync("/proc/self/fdinfo/1", "latin1"))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { tempFileFor } from "../cache/write-atomic.js";
import type { Writable } from "node:stream";
import { KoukaError } from "../errors.js";
import { describeFsError } from "../input/list-folder.js";

/** Where the report goes: stdout, or a file that appears whole or not at all. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** Publishes the report (renames the temp file into place). */
  commit(): void;
  /** Throws away a partial report. */
  abort(): void;
  /** True once the reader went away (`| head`): stop quietly. */
  readonly closed: boolean;
}

/**
 * stdout, honouring back-pressure. The reader going away (EPIPE) closes the sink quietly;
 * any other write error (a full disk behind `> file`) fails the run with OUTPUT_WRITE.
 */
export function stdoutSink(stdout: Writable): OutputSink {
  let closed = false;
  let failure: KoukaError | undefined;
  stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") closed = true;
    else failure ??= writeError("standard output", e);
  });
  // A failed write is reported after it returns, so each call looks at what came before.
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      check();
      if (closed || text === "") return;
      if (!stdout.write(text)) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stdout.off("drain", done);
            stdout.off("error", done);
            stdout.off("close", done);
            resolve();
          };
          stdout.on("drain", done).on("error", done).on("close", done);
        });
      }
    },
    commit: check,
    abort() {},
  };
}

function writeError(target: string, e: unknown): KoukaError {
  return new KoukaError("OUTPUT_WRITE", target, `cannot write the report: ${describeFsError(e).message}`);
}

/** A temp file beside the target, renamed over it on commit: a failed run leaves no half report. */
export function fileSink(target: string): OutputSink {
  // Checked first, so a run that cannot publish its report fails before analysing anything.
  if (existsSync(target) && statSync(target).isDirectory()) throw writeError(target, Object.assign(new Error(), { code: "EISDIR" }));
  const temp = tempFileFor(target);
  let fd: number;
  try {
    fd = openSync(temp, "wx");
  } catch (e) {
    throw writeError(target, e);
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    closed: false,
    async write(text) {
      writeSync(fd, text);
    },
    commit() {
      fsyncSync(fd);
      close();
      try {
        renameSync(temp, target);
      } catch (e) {
        rmSync(temp, { force: true });
        throw writeError(target, e);
      }
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}

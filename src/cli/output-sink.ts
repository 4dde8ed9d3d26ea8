import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import { tempFileFor } from "../cache/write-atomic.js";
import { KoukaError } from "../errors.js";
import { describeFsError } from "../input/list-folder.js";
import { resolveOutputTarget } from "./output-target.js";

/** Where the report goes: stdout, or a file that appears whole or not at all. */
export interface OutputSink {
  /** Text, or text already encoded as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Publishes the report (renames the temp file into place). */
  commit(): void;
  /** Throws away a partial report. */
  abort(): void;
  /** True once the reader went away (`| head`): stop quietly. */
  readonly closed: boolean;
}

/**
 * stdout, honouring back-pressure. The reader going away (EPIPE) closes the sink quietly;
 * any other write error (a full disk behind `> file`) fails the run with OUTPUT_WRITE, and
 * so does a standard output that was closed before the run (`>&-`), which would lose the report.
 */
export function stdoutSink(stdout: Writable, closedAtStart = false): OutputSink {
  let closed = false;
  let failure: KoukaError | undefined = closedAtStart ? writeError("standard output", "it is closed") : undefined;
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
    async write(chunk) {
      check();
      if (closed || chunk.length === 0) return;
      if (!stdout.write(chunk)) {
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
  const why = typeof e === "string" ? e : describeFsError(e).message;
  return new KoukaError("OUTPUT_WRITE", target, `cannot write the report: ${why}`);
}

/** Temp files of reports not yet published, removed if the run is interrupted (SIGINT, SIGTERM). */
const unfinished = new Set<string>();

/** Deletes every unfinished report's temp file; safe to call from a signal handler, never throws. */
export function removeUnfinishedReports(): void {
  for (const file of unfinished) rmSync(file, { force: true });
  unfinished.clear();
}

/**
 * `-o FILE` (DESIGN.md "Errors and exit codes"): a regular file is written to a temp file
 * beside it and renamed over it on commit, keeping its mode and owner, so a failed run leaves
 * the old file; a symlink is followed to its target; a FIFO or device is written in place.
 * Checked first, so a run that cannot publish its report fails before analysing anything.
 */
export function fileSink(given: string): OutputSink {
  if (given === "") throw new KoukaError("USAGE", "--output", "expected a file name, got ''");
  let target;
  try {
    target = resolveOutputTarget(given);
  } catch (e) {
    throw writeError(given, e);
  }
  if (target.kind === "folder") throw writeError(given, "it is a folder");
  if (target.kind === "special") return inPlaceSink(given, target.file);
  const { file, existing } = target;
  if (existing) {
    try {
      accessSync(file, constants.W_OK);
    } catch (e) {
      throw writeError(given, e);
    }
  }
  const temp = tempFileFor(file);
  let fd: number;
  try {
    fd = openSync(temp, "wx", existing ? 0o600 : 0o666);
    unfinished.add(temp);
  } catch (e) {
    throw writeError(given, e);
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const discard = (): void => {
    close();
    rmSync(temp, { force: true });
    unfinished.delete(temp);
  };
  return {
    closed: false,
    async write(chunk) {
      try {
        writeAll(fd, chunk);
      } catch (e) {
        throw writeError(given, e);
      }
    },
    commit() {
      try {
        if (existing) {
          fchmodSync(fd, existing.mode & 0o7777);
          try {
            fchownSync(fd, existing.uid, existing.gid);
          } catch {
            // Only root may give a file away; the owner stays whoever runs kouka.
          }
        }
        fsyncSync(fd);
        close();
        renameSync(temp, file);
        unfinished.delete(temp);
      } catch (e) {
        discard();
        throw writeError(given, e);
      }
    },
    abort: discard,
  };
}

/** A FIFO or a device: opened and written as it is (never replaced); a reader going away ends quietly. */
function inPlaceSink(given: string, file: string): OutputSink {
  let fd: number;
  try {
    fd = openSync(file, "w");
  } catch (e) {
    throw writeError(given, e);
  }
  let closed = false;
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (closed) return;
      try {
        writeAll(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw writeError(given, e);
        closed = true;
      }
    },
    commit: close,
    abort: close,
  };
}

function writeAll(fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

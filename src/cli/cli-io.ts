import type { Readable, Writable } from "node:stream";

/** The process's streams, passed in so tests can run the CLI without patching globals. */
export interface CliIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly stderrIsTTY: boolean;
}

/** `kouka: <what>: <why>` on stderr: the only shape of a message. */
export function warn(io: CliIO, message: string): void {
  io.stderr.write(`kouka: ${message}\n`);
}

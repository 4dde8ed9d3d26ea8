import type { Writable } from "node:stream";

/** The process's streams, passed in so tests can run the CLI without patching globals. */
export interface CliIO {
  /** Standard input's bytes, read only when a command asks for them. */
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress bars only then); asked only once a run has lasted a second. */
  readonly stderrIsTTY: boolean;
}

/** `kouka: <what>: <why>` on stderr: the only shape of a message. */
export function warn(io: CliIO, message: string): void {
  io.stderr.write(`kouka: ${message}\n`);
}

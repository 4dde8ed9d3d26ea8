import type { Writable } from "node:stream";

/** The process's streams, passed in so tests can run the CLI without patching globals. */
export interface CliIO {
  /** Standard input's bytes, read only when a command asks for them. */
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether stderr is a terminal (progress bars only then); asked only once a run has lasted a second. */
  readonly stderrIsTTY: boolean;
  /** Whether standard output was closed when the run began (`>&-`): a report written there would be lost. */
  readonly stdoutClosed?: () => boolean;
  /** Whether standard input is a terminal (a person is expected to type the text). */
  readonly stdinIsTTY?: () => boolean;
}

/** `kouka: <what>: <why>` on stderr: the only shape of a message, one line each. */
export function warn(io: CliIO, message: string): void {
  io.stderr.write(`kouka: ${oneLine(message.replace(/^(kouka: )+/, ""))}\n`);
}

/** Line breaks and other controls in names and ids shown as escapes (`a\nb.txt`), so a message never splits. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (ch) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r" };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

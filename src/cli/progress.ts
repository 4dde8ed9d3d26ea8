import type { CliIO } from "./cli-io.js";

/** A one-line progress display on stderr; silent unless stderr is a terminal and not --quiet. */
export interface Progress {
  tick(chars: number): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

export function createProgress(io: CliIO, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || !io.stderrIsTTY) return SILENT;
  const started = now();
  let documents = 0;
  let chars = 0;
  let shown = 0;
  const show = (): void => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    io.stderr.write(`\r\x1b[2Kkouka: ${documents} documents, ${(chars / 1e6).toFixed(1)} M chars, ${(documents / seconds).toFixed(1)} docs/s`);
  };
  return {
    tick(n) {
      documents++;
      chars += n;
      if (now() - shown >= 200) {
        shown = now();
        show();
      }
    },
    done() {
      if (shown > 0) io.stderr.write("\r\x1b[2K");
    },
  };
}

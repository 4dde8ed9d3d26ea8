import type { CliIO } from "./cli-io.js";

/** A one-line progress display on stderr; silent unless stderr is a terminal and not --quiet. */
export interface Progress {
  tick(chars: number): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };
/** Nothing is drawn in a run's first second, so a quick run leaves no trace (and never asks about the terminal). */
const FIRST_DRAW_MS = 1000;
const REDRAW_MS = 200;

export function createProgress(io: CliIO, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet) return SILENT;
  const started = now();
  let documents = 0;
  let chars = 0;
  let shown = 0;
  let terminal: boolean | undefined;
  return {
    tick(n) {
      documents++;
      chars += n;
      const t = now();
      if (t - started < FIRST_DRAW_MS || t - shown < REDRAW_MS || !(terminal ??= io.stderrIsTTY)) return;
      shown = t;
      const seconds = (t - started) / 1000;
      io.stderr.write(`\r\x1b[2Kkouka: ${documents} document${documents === 1 ? "" : "s"}, ${(chars / 1e6).toFixed(1)} M chars, ${(documents / seconds).toFixed(1)} docs/s`);
    },
    done() {
      if (shown > 0) io.stderr.write("\r\x1b[2K");
    },
  };
}

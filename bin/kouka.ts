#!/usr/bin/env -S node --max-semi-space-size=64
// The shim: run the CLI on the process's streams and set the exit code. The larger
// young generation matters: kuromoji allocates many short-lived lattice nodes, and with
// the default size a third of its time goes to the garbage collector.
import { run } from "../src/cli/run.js";
import { EXIT } from "../src/errors.js";

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kouka: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);

import type { ExitCode } from "../errors.js";
import type { CliIO } from "./cli-io.js";

/** What a subcommand gets from `run`: the streams, and where to leave its exit code. */
export interface CommandHost {
  readonly io: CliIO;
  exitCode: ExitCode;
}

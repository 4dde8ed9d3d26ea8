import { KoukaError } from "../errors.js";

/** One thing wrong with a data file, at a 1-based line. */
export interface DataProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Turns data problems into the error that stops a run (exit 2). */
export function problemsError(problems: readonly DataProblem[]): KoukaError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return new KoukaError("DICT_INVALID", `${first.file}:${first.line}`, first.message + more);
}

/** Every failure kouka reports, as a stable code callers can switch on. */
export type KoukaErrorCode =
  | "USAGE"
  | "DICT_INVALID"
  | "INPUT_NOT_FOUND"
  | "INPUT_UNREADABLE"
  | "INPUT_BINARY"
  | "INPUT_DECODE"
  | "INPUT_EMPTY_DIR"
  | "INPUT_JSONL"
  | "INPUT_CSV"
  | "INPUT_ANALYSIS"
  | "TOKENIZER_LOAD"
  | "OUTPUT_WRITE";

/** One error type for the whole library; `where` is a path, `path:line` or empty. */
export class KoukaError extends Error {
  readonly code: KoukaErrorCode;
  readonly where: string;
  constructor(code: KoukaErrorCode, where: string, message: string) {
    super(message);
    this.name = "KoukaError";
    this.code = code;
    this.where = where;
  }
  /** The `<what>: <why>` part of `kouka: <what>: <why>` (the library's errors already start with `<what>: `). */
  describe(): string {
    return this.where && !this.message.startsWith(`${this.where}: `) ? `${this.where}: ${this.message}` : this.message;
  }
}

/** Exit codes, defined here and nowhere else (DESIGN.md "Errors and exit codes"). */
export const EXIT = {
  ok: 0,
  inputFailed: 1,
  usage: 2,
  /** A bug in kouka itself (EX_SOFTWARE), never a verdict on the input. */
  internal: 70,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Which exit code an error maps to when it ends (or taints) a run. */
export function exitCodeFor(code: KoukaErrorCode): ExitCode {
  switch (code) {
    case "USAGE":
    case "DICT_INVALID":
    case "TOKENIZER_LOAD":
    case "OUTPUT_WRITE":
      return EXIT.usage;
    default:
      return EXIT.inputFailed;
  }
}

import type { KoukaError } from "../errors.js";

/**
 * One unit from the read stage: a document to analyse, or the reason one could not be
 * read. Errors travel in the same stream so they keep their place in input order and
 * the rest of the run goes on (DESIGN.md: exit 1, "the rest is still reported").
 *
 * `id` is what the report calls `document`; `source` is where the text came from,
 * for messages: the file's path, `-`, or `path:line` for a JSONL record. `meta` holds a
 * record's other fields (`--by FIELD`).
 */
export type InputItem =
  | { kind: "document"; id: string; text: string; source: string; meta?: Readonly<Record<string, string>> }
  | { kind: "error"; error: KoukaError };

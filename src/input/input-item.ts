import type { KoukaError } from "../errors.js";
import type { Meta, TextOrigin } from "../readers/read-document.js";

/**
 * One unit from the read stage: a document to analyse, or the reason one could not be
 * read. Errors travel in the same stream so they keep their place in input order and
 * the rest of the run goes on (DESIGN.md: exit 1, "the rest is still reported").
 *
 * `id` is what the report calls `document`; `source` is where the text came from,
 * for messages: the file's path, `-`, or `path:line` for a record. `origin` maps the
 * text back to the file as written when the text is not the file itself (HTML,
 * Markdown, records); `meta` holds a record's fields (`--by FIELD`,
 * `--meta` columns, partials).
 */
export type InputItem =
  | { kind: "document"; id: string; text: string; source: string; origin?: TextOrigin; meta?: Meta }
  | { kind: "error"; error: KoukaError };

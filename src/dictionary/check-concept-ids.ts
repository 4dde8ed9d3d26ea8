import type { DataProblem } from "../data/data-problem.js";
import type { Dictionary } from "./dictionary.js";

/**
 * Column names a concept id may not take: the wide report puts concept ids beside these
 * (`document,chars,tokens,sentences,scale,…`), so a concept `tokens` would make two columns
 * of one name. `--by` reports add `documents`. Record fields copied by `--meta` are added by the caller.
 */
export const RESERVED_COLUMNS: readonly string[] = ["document", "chars", "tokens", "sentences", "documents"];

/** A problem for each concept whose id is also an output column (DESIGN.md "Dictionaries"). */
export function checkConceptIds(dictionary: Dictionary, extraColumns: readonly string[] = []): DataProblem[] {
  const reserved = new Set([...RESERVED_COLUMNS, ...extraColumns]);
  return dictionary.concepts
    .filter((c) => reserved.has(c.id))
    .map((c) => ({
      file: c.file,
      line: c.line,
      message: `concept id '${c.id}' is also the name of an output column${extraColumns.includes(c.id) ? " (a --meta field)" : ""}; choose another id`,
    }));
}

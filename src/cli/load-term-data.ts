import { readFileSync } from "node:fs";
import { problemsError } from "../data/data-problem.js";
import { KoukaError } from "../errors.js";
import { packagePath } from "../package-path.js";
import { parseTermReference, type TermReference } from "../terms/term-reference.js";
import { parseTermLists, parseTermRules, withLists, type TermRules } from "../terms/term-rules.js";

export const TERM_RULES_FILE = packagePath("dictionaries", "terms.yaml");
export const TERM_REFERENCE_FILE = packagePath("dictionaries", "reference.yaml");

export interface TermData {
  readonly rules: TermRules;
  readonly reference: TermReference;
}

/**
 * The term rules (dictionaries/terms.yaml plus each `--term-list` file) and the keyness
 * reference, checked; any problem stops the run before output with `file:line: why`.
 */
export function loadTermData(listFiles: readonly string[]): TermData {
  const rulesFile = read(TERM_RULES_FILE);
  const parsed = parseTermRules(rulesFile.text, rulesFile.file);
  if (parsed.rules === undefined) throw problemsError(parsed.problems);
  const lists = listFiles.map((file) => {
    const source = read(file);
    const list = parseTermLists(source.text, source.file);
    if (list.lists === undefined) throw problemsError(list.problems);
    return list.lists;
  });
  const referenceFile = read(TERM_REFERENCE_FILE);
  const reference = parseTermReference(referenceFile.text, referenceFile.file);
  if (reference.reference === undefined) throw problemsError(reference.problems);
  return { rules: withLists(parsed.rules, lists), reference: reference.reference };
}

function read(file: string): { file: string; text: string } {
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new KoukaError("DICT_INVALID", file, `cannot read the term list: ${why}`);
  }
}

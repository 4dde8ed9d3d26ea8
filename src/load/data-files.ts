import { readFileSync } from "node:fs";
import type { DataSource, KnowledgeSources } from "../knowledge/knowledge.js";
import { KoukaError } from "../errors.js";
import { packagePath } from "../package-path.js";

/** The data files shipped with kouka. */
export const DEFAULT_DICTIONARY = packagePath("dictionaries", "economies.yaml");
const GRAMMAR_FILE = packagePath("dictionaries", "grammar.yaml");
const CLUTTER_FILE = packagePath("dictionaries", "clutter.yaml");

function readSource(file: string): DataSource {
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new KoukaError("DICT_INVALID", file, `cannot read the dictionary: ${why}`);
  }
}

/** The grammar, clutter rules and `dictionaryFiles`, read synchronously: a few small files, and a start-up is faster without the round trips. */
export function readSources(dictionaryFiles: readonly string[]): KnowledgeSources {
  const [grammar, clutter, ...dictionaries] = [GRAMMAR_FILE, CLUTTER_FILE, ...dictionaryFiles].map(readSource);
  return { grammar: grammar!, clutter: clutter!, dictionaries };
}

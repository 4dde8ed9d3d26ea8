import { readDataFile } from "./read-data-file.js";
import type { DataSource, KnowledgeSources } from "../knowledge/knowledge.js";
import { packagePath } from "../package-path.js";

/** The data files shipped with kouka. */
export const DEFAULT_DICTIONARY = packagePath("dictionaries", "economies.yaml");
const GRAMMAR_FILE = packagePath("dictionaries", "grammar.yaml");
const CLUTTER_FILE = packagePath("dictionaries", "clutter.yaml");

function readSource(file: string): DataSource {
  // UTF-8 only: a dictionary in another encoding would load as mojibake that never matches.
  return { file, text: readDataFile(file) };
}

/** The grammar, clutter rules and `dictionaryFiles`, read synchronously: a few small files, and a start-up is faster without the round trips. */
export function readSources(dictionaryFiles: readonly string[]): KnowledgeSources {
  const [grammar, clutter, ...dictionaries] = [GRAMMAR_FILE, CLUTTER_FILE, ...dictionaryFiles].map(readSource);
  return { grammar: grammar!, clutter: clutter!, dictionaries };
}

import type { Dictionary } from "../dictionary/dictionary.js";
import { parseDictionary } from "../dictionary/parse-dictionary.js";
import { problemsError } from "../data/data-problem.js";
import { readDataFile } from "../data/read-data-file.js";

/** Reads and checks one concept dictionary; throws KoukaError (DICT_INVALID, file:line) when malformed. */
export async function loadDictionary(file: string): Promise<Dictionary> {
  const { dictionary, problems } = parseDictionary(readDataFile(file), file);
  if (!dictionary) throw problemsError(problems);
  return dictionary;
}

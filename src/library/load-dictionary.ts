import { readFile } from "node:fs/promises";
import type { Dictionary } from "../dictionary/dictionary.js";
import { parseDictionary } from "../dictionary/parse-dictionary.js";
import { problemsError } from "../data/data-problem.js";

/** Reads and checks one concept dictionary; throws KoukaError (DICT_INVALID, file:line) when malformed. */
export async function loadDictionary(file: string): Promise<Dictionary> {
  const { dictionary, problems } = parseDictionary(await readFile(file, "utf8"), file);
  if (!dictionary) throw problemsError(problems);
  return dictionary;
}

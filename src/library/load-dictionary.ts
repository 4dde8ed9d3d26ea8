import type { Dictionary } from "../dictionary/dictionary.js";
import { readDataFile } from "../load/read-data-file.js";
import { nameTheFile } from "./name-the-file.js";

/** Reads and checks one concept dictionary; throws KoukaError (DICT_INVALID, naming file:line) when it cannot. */
export async function loadDictionary(file: string): Promise<Dictionary> {
  let text: string;
  try {
    text = readDataFile(file);
  } catch (e) {
    throw nameTheFile(e);
  }
  // The YAML reader and checks load only now: importing kouka stays cheap.
  const [{ parseDictionary }, { problemsError }] = await Promise.all([
    import("../dictionary/parse-dictionary.js"),
    import("../data/data-problem.js"),
  ]);
  const { dictionary, problems } = parseDictionary(text, file);
  if (!dictionary) throw nameTheFile(problemsError(problems));
  return dictionary;
}

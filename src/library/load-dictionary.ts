import { readFile } from "node:fs/promises";
import type { Dictionary } from "../dictionary/dictionary.js";
import { KoukaError } from "../errors.js";
import { nameTheFile } from "./name-the-file.js";

/** Reads and checks one concept dictionary; throws KoukaError (DICT_INVALID, naming file:line) when it cannot. */
export async function loadDictionary(file: string): Promise<Dictionary> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw nameTheFile(new KoukaError("DICT_INVALID", file, `cannot read the dictionary: ${why}`));
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

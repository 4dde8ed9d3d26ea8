import { readFile } from "node:fs/promises";
import { compileMatcher, type Matcher } from "./concepts/compile-matcher.js";
import type { DataProblem } from "./data/read-yaml.js";
import type { Dictionary } from "./dictionary/dictionary.js";
import { mergeDictionaries, parseDictionary } from "./dictionary/parse-dictionary.js";
import { KoukaError } from "./errors.js";
import { parseGrammar, problemsError, type Grammar } from "./grammar/load-grammar.js";
import { packagePath } from "./package-path.js";
import { tokenizeTerm } from "./pipeline.js";
import type { ClutterRules } from "./text/clean-clutter.js";
import { parseClutterRules } from "./text/load-clutter-rules.js";
import { loadTokenizer, type KuromojiTokenizer } from "./tokenize/load-tokenizer.js";

export const DEFAULT_DICTIONARY = packagePath("dictionaries", "economies.yaml");
const GRAMMAR_FILE = packagePath("dictionaries", "grammar.yaml");
const CLUTTER_FILE = packagePath("dictionaries", "clutter.yaml");

/** The loaded, checked knowledge a run uses: tokenizer, grammar, clutter rules, concepts. */
export interface Resources {
  readonly tokenizer: KuromojiTokenizer;
  readonly grammar: Grammar;
  readonly clutter: ClutterRules;
  readonly dictionary: Dictionary;
  readonly matcher: Matcher;
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new KoukaError("DICT_INVALID", file, `cannot read the dictionary: ${why}`);
  }
}

/**
 * Loads and checks every data file, returning all problems found (for `dict check`)
 * rather than stopping at the first.
 */
export async function checkResources(
  dictionaryFiles: readonly string[],
  tokenizer?: KuromojiTokenizer,
): Promise<{ resources?: Resources; problems: DataProblem[] }> {
  const problems: DataProblem[] = [];
  // Started first: the dictionary is read in the background while the YAML files are parsed.
  const termTokenizer = tokenizer ? Promise.resolve(tokenizer) : loadTokenizer();
  termTokenizer.catch(() => {});
  const grammar = parseGrammar(await readSource(GRAMMAR_FILE), GRAMMAR_FILE);
  const clutter = parseClutterRules(await readSource(CLUTTER_FILE), CLUTTER_FILE);
  problems.push(...grammar.problems, ...clutter.problems);
  const parts: { dictionary: Dictionary; file: string }[] = [];
  for (const file of dictionaryFiles) {
    const parsed = parseDictionary(await readSource(file), file);
    problems.push(...parsed.problems);
    if (parsed.dictionary) parts.push({ dictionary: parsed.dictionary, file });
  }
  const merged = mergeDictionaries(parts);
  problems.push(...merged.problems);
  const loaded = await termTokenizer;
  const compiled = compileMatcher(merged.dictionary, (text) => tokenizeTerm(text, loaded));
  problems.push(...compiled.problems);
  if (problems.length > 0 || !grammar.grammar || !clutter.rules) return { problems };
  return {
    resources: { tokenizer: loaded, grammar: grammar.grammar, clutter: clutter.rules, dictionary: merged.dictionary, matcher: compiled.matcher },
    problems,
  };
}

/**
 * Loads everything a run needs; a bad data file stops it with DICT_INVALID. A worker
 * thread passes the tokenizer it built on the shared dictionary.
 */
export async function loadResources(
  dictionaryFiles: readonly string[] = [DEFAULT_DICTIONARY],
  tokenizer?: KuromojiTokenizer,
): Promise<Resources> {
  const { resources, problems } = await checkResources(dictionaryFiles, tokenizer);
  if (!resources) throw problemsError(problems);
  return resources;
}

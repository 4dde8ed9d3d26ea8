import { compileMatcher } from "../concepts/compile-matcher.js";
import type { DataProblem } from "../data/data-problem.js";
import { mergeDictionaries, parseDictionary } from "../dictionary/parse-dictionary.js";
import { checkConceptIds } from "../dictionary/check-concept-ids.js";
import type { Dictionary } from "../dictionary/dictionary.js";
import { parseGrammar } from "../grammar/load-grammar.js";
import { tokenizeTerm } from "../pipeline.js";
import type { Knowledge, KnowledgeSources } from "./knowledge.js";
import { parseClutterRules } from "../text/load-clutter-rules.js";
import type { Tokenizer } from "../tokenize/tokenizer.js";

/**
 * Parses and checks every data file, returning all problems found (for `dict check`)
 * rather than stopping at the first. The matcher tokenizes the terms, so it waits for the
 * tokenizer, which loads meanwhile.
 */
export async function checkKnowledge(
  sources: KnowledgeSources,
  tokenizer: Promise<Tokenizer>,
): Promise<{ knowledge?: Knowledge; problems: DataProblem[] }> {
  const grammar = parseGrammar(sources.grammar.text, sources.grammar.file);
  const clutter = parseClutterRules(sources.clutter.text, sources.clutter.file);
  const problems: DataProblem[] = [...grammar.problems, ...clutter.problems];
  const parts: { dictionary: Dictionary; file: string }[] = [];
  for (const { file, text } of sources.dictionaries) {
    const parsed = parseDictionary(text, file);
    problems.push(...parsed.problems);
    if (parsed.dictionary) parts.push({ dictionary: parsed.dictionary, file });
  }
  const merged = mergeDictionaries(parts);
  problems.push(...merged.problems, ...checkConceptIds(merged.dictionary));
  const loaded = await tokenizer;
  const compiled = compileMatcher(merged.dictionary, (text) => tokenizeTerm(text, loaded), grammar.grammar?.links ?? new Set());
  problems.push(...compiled.problems);
  if (problems.length > 0 || !grammar.grammar || !clutter.rules) return { problems };
  return { knowledge: { grammar: grammar.grammar, clutter: clutter.rules, dictionary: merged.dictionary, matcher: compiled.matcher }, problems };
}

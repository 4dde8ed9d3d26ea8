import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, readYaml, stringList } from "../data/read-yaml.js";
import { parsePosPattern, type PosPattern } from "./pos-pattern.js";

/** The POS knowledge kouka uses to build compounds and to check concept matches. */
export interface Grammar {
  readonly noun: readonly PosPattern[];
  readonly suffix: readonly PosPattern[];
  readonly prefix: readonly PosPattern[];
  readonly adjectival: readonly PosPattern[];
  readonly stopWords: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  /** Words joining an English term's shared head to its tail: economies *of* scale (and scope). */
  readonly links: ReadonlySet<string>;
}

const POS_PART = /^(\*|[^\s,*]+)$/u;

/** Parses dictionaries/grammar.yaml; every problem is reported with its line. */
export function parseGrammar(source: string, file: string): { grammar?: Grammar; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["compound", "coordination"], "the grammar file", problems);
  const compound = mappingEntries(data, top?.get("compound"), ["noun", "suffix", "prefix", "adjectival", "stop_words"], "compound", problems);
  const coordination = mappingEntries(data, top?.get("coordination"), ["conjunctions", "links"], "coordination", problems);
  const patterns = (key: string): PosPattern[] =>
    stringList(data, compound?.get(key), `compound.${key}`, problems).map(({ value, line }) => {
      const pattern = parsePosPattern(value);
      if (!pattern.every((part) => POS_PART.test(part))) {
        problems.push({ file, line, message: `'${value}' is not a POS pattern like 名詞,接尾` });
      }
      return pattern;
    });
  // Compared with token keys, so written as they read after NFKC, in lower case.
  const words = (key: string): Set<string> =>
    new Set(stringList(data, coordination?.get(key), `coordination.${key}`, problems).map((s) => s.value.normalize("NFKC").toLowerCase()));
  const grammar: Grammar = {
    noun: patterns("noun"),
    suffix: patterns("suffix"),
    prefix: patterns("prefix"),
    adjectival: patterns("adjectival"),
    stopWords: new Set(stringList(data, compound?.get("stop_words"), "compound.stop_words", problems).map((s) => s.value)),
    conjunctions: words("conjunctions"),
    links: words("links"),
  };
  return problems.length > 0 ? { problems } : { grammar, problems };
}

import type { DataProblem } from "../data/data-problem.js";
import type { Node } from "yaml";
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
  /**
   * Right after a term: words that take the whole term as object or kind and keep the
   * mention (規模の経済重視, ネットワーク効果型), and words that always break it.
   */
  readonly keepAfter: ReadonlySet<string>;
  readonly breakAfter: ReadonlySet<string>;
  /** Right before a term: tokens that fuse with its first noun into another word (15億円規模). */
  readonly fuseBefore: readonly PosPattern[];
}

const POS_PART = /^(\*|[^\s,*]+)$/u;

/** Parses dictionaries/grammar.yaml; every problem is reported with its line. */
export function parseGrammar(source: string, file: string): { grammar?: Grammar; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["compound", "coordination", "edges"], "the grammar file", problems);
  const compound = mappingEntries(data, top?.get("compound"), ["noun", "suffix", "prefix", "adjectival", "stop_words"], "compound", problems);
  const coordination = mappingEntries(data, top?.get("coordination"), ["conjunctions", "links"], "coordination", problems);
  const edges = top?.has("edges") ? mappingEntries(data, top.get("edges"), ["keep_after", "break_after", "fuse_before"], "edges", problems) : undefined;
  const patternsOf = (node: Node | null | undefined, what: string): PosPattern[] =>
    stringList(data, node, what, problems).map(({ value, line }) => {
      const pattern = parsePosPattern(value);
      if (!pattern.every((part) => POS_PART.test(part))) {
        problems.push({ file, line, message: `'${value}' is not a POS pattern like 名詞,接尾` });
      }
      return pattern;
    });
  const patterns = (key: string): PosPattern[] => patternsOf(compound?.get(key), `compound.${key}`);
  // Edge words are compared with token surfaces, after NFKC like the text.
  const edgeWords = (key: string): Set<string> =>
    new Set(edges?.has(key) ? stringList(data, edges.get(key), `edges.${key}`, problems).map((s) => s.value.normalize("NFKC")) : []);
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
    keepAfter: edgeWords("keep_after"),
    breakAfter: edgeWords("break_after"),
    fuseBefore: edges?.has("fuse_before") ? patternsOf(edges.get("fuse_before"), "edges.fuse_before") : [],
  };
  return problems.length > 0 ? { problems } : { grammar, problems };
}

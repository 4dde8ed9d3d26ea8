import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, readYaml, stringList, type YamlData } from "../data/read-yaml.js";
import { parsePosPattern, type PosPattern } from "../grammar/pos-pattern.js";
import type { Node } from "yaml";


/** What may stand as a term (dictionaries/terms.yaml, plus the user's --term-list files). */
export interface TermRules {
  /** Shorter texts (in code points) are not terms: 一, 社, 円. */
  readonly minChars: number;
  /** Tokens that cannot make a term on their own (独自, 今回, 大 + nothing). */
  readonly notAlone: readonly PosPattern[];
  /** Tokens that, right after a unit, make it an adjective or adverb there (大規模な, 大規模に). */
  readonly adjectivalAfter: readonly { readonly pos: PosPattern; readonly surface: string }[];
  /** A first token that points at something named elsewhere (本プロジェクト, 同業界): not a term. */
  readonly deicticFirst: readonly { readonly pos: PosPattern; readonly surface: string }[];
  /** Texts matching one of these are not terms unless kept (lowercase code words: li, this). */
  readonly rejectText: readonly RegExp[];
  /** Never shown as terms. */
  readonly stop: ReadonlySet<string>;
  /** Always shown: no rule above drops them. */
  readonly keep: ReadonlySet<string>;
}

const POS_PART = /^(\*|[^\s,*:]+)$/u;

/** Parses dictionaries/terms.yaml; every problem is reported with its line. */
export function parseTermRules(source: string, file: string): { rules?: TermRules; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["shape", "stop", "keep"], "the terms file", problems);
  const shape = mappingEntries(data, top?.get("shape"), ["min_chars", "not_alone", "adjectival_after", "deictic_first", "reject_text"], "shape", problems);
  const minNode = shape?.get("min_chars");
  const minChars = (minNode as { value?: unknown } | null | undefined)?.value;
  if (!(typeof minChars === "number" && Number.isInteger(minChars) && minChars >= 1)) {
    problems.push(data.problem(minNode, "shape.min_chars must be a whole number of at least 1"));
  }
  const notAlone = stringList(data, shape?.get("not_alone"), "shape.not_alone", problems).map(({ value, line }) => posPattern(value, file, line, problems));
  const posSurface = (key: string): { pos: PosPattern; surface: string }[] =>
    stringList(data, shape?.get(key), `shape.${key}`, problems).map(({ value, line }) => {
      const colon = value.indexOf(":");
      if (colon <= 0 || colon === value.length - 1) {
        problems.push({ file, line, message: `'${value}' is not POS:surface like 助動詞:な` });
        return { pos: [], surface: "" };
      }
      return { pos: posPattern(value.slice(0, colon), file, line, problems), surface: value.slice(colon + 1) };
    });
  const adjectivalAfter = posSurface("adjectival_after");
  const deicticFirst = shape?.has("deictic_first") ? posSurface("deictic_first") : [];
  const rejectText: RegExp[] = [];
  for (const { value, line } of stringList(data, shape?.get("reject_text"), "shape.reject_text", problems)) {
    try {
      rejectText.push(new RegExp(value, "u"));
    } catch (e) {
      problems.push({ file, line, message: `'${value}' is not a regular expression: ${(e as Error).message}` });
    }
  }
  const lists = parseLists(data, top, problems);
  if (problems.length > 0) return { problems };
  return { rules: { minChars: minChars as number, notAlone, adjectivalAfter, deicticFirst, rejectText, ...lists }, problems };
}

/**
 * A user's list file (--term-list): `stop:` and/or `keep:` lists only, checked like the
 * default file. Added to the defaults; a word on both a stop and a keep list is kept.
 */
export function parseTermLists(source: string, file: string): { lists?: Pick<TermRules, "stop" | "keep">; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["stop", "keep"], "a term list file", problems);
  const lists = parseLists(data, top, problems);
  return problems.length > 0 ? { problems } : { lists, problems };
}

function parseLists(data: YamlData, top: Map<string, Node | null> | undefined, problems: DataProblem[]): Pick<TermRules, "stop" | "keep"> {
  // Terms are compared with document text, which is NFKC-normalised.
  const words = (key: string): Set<string> => {
    const node = top?.get(key);
    if (node === undefined) return new Set();
    return new Set(stringList(data, node, key, problems).map((s) => s.value.trim().normalize("NFKC")));
  };
  return { stop: words("stop"), keep: words("keep") };
}

function posPattern(value: string, file: string, line: number, problems: DataProblem[]): PosPattern {
  const pattern = parsePosPattern(value);
  if (!pattern.every((part) => POS_PART.test(part))) problems.push({ file, line, message: `'${value}' is not a POS pattern like 名詞,形容動詞語幹` });
  return pattern;
}

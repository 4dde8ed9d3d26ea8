import { LineCounter, isCollection, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import type { DataProblem } from "./data-problem.js";

/** Deeper than this, a data file is a mistake or an attack, not a dictionary (kouka's own are 4 deep). */
export const MAX_DEPTH = 64;
/** Nodes that expanding aliases may add in all: a "billion laughs" file stops here. */
export const MAX_ALIAS_NODES = 100_000;

/** A parsed YAML data file that can say where each node came from. */
export interface YamlData {
  readonly file: string;
  readonly root: Node | null;
  lineOf(node: Node | null | undefined): number;
  problem(node: Node | null | undefined, message: string): DataProblem;
}

/** Parses YAML; syntax errors come back as problems with their line, never as exceptions. */
export function readYaml(source: string, file: string): { data: YamlData; problems: DataProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  // The YAML parser itself recurses: a file nested thousands deep ends its stack.
  const tooDeep = `nested deeper than ${MAX_DEPTH} levels`;
  const syntax = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 1,
    message: /call stack/i.test(e.message) ? tooDeep : e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
  }));
  if (syntax.length === 0) {
    const deep = deeperThan(doc.contents as Node | null, MAX_DEPTH);
    if (deep) syntax.push({ file, line: lineOf(deep), message: tooDeep });
    else syntax.push(...expandAliases(doc, file, lineOf));
  }
  const data: YamlData = {
    file,
    root: (doc.contents as Node | null) ?? null,
    lineOf,
    problem: (node, message) => ({ file, line: lineOf(node), message }),
  };
  return { data, problems: syntax };
}

/** The first node deeper than `max` levels, found without recursion. */
function deeperThan(root: Node | null, max: number): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= max) return node;
    for (const item of node.items) {
      const pair = item as { key?: unknown; value?: unknown };
      if (isMap(node)) stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Nodes under `root` (itself included), counting no further than `limit`. */
function countNodes(root: Node, limit: number): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && count < limit) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    count++;
    if (!isCollection(node)) continue;
    for (const item of node.items) {
      if (isMap(node)) {
        const pair = item as { key?: unknown; value?: unknown };
        stack.push(pair.key, pair.value);
      } else stack.push(item);
    }
  }
  return count;
}

/**
 * Standard YAML anchors and aliases (`terms: *common`): each alias is replaced by a copy of
 * what it names, so every check below sees plain nodes (a copy keeps the anchor's lines).
 * An alias inside its own anchor, or expansions adding more than MAX_ALIAS_NODES nodes, is a problem.
 */
function expandAliases(doc: Document, file: string, lineOf: (node: Node) => number): DataProblem[] {
  const problems: DataProblem[] = [];
  let budget = MAX_ALIAS_NODES;
  visit(doc, {
    Alias(_key, alias, path) {
      const target = alias.resolve(doc);
      if (!target) return undefined; // the parser has reported the missing anchor
      if (path.includes(target as never)) {
        problems.push({ file, line: lineOf(alias), message: `alias *${alias.source} is inside its own anchor &${alias.source}` });
        return visit.BREAK;
      }
      budget -= countNodes(target as Node, budget + 1);
      if (budget < 0) {
        problems.push({ file, line: lineOf(alias), message: `aliases expand to more than ${MAX_ALIAS_NODES} nodes` });
        return visit.BREAK;
      }
      return target.clone() as Node;
    },
  });
  if (problems.length === 0) {
    const deep = deeperThan(doc.contents as Node | null, MAX_DEPTH);
    if (deep) problems.push({ file, line: lineOf(deep), message: `nested deeper than ${MAX_DEPTH} levels (after expanding aliases)` });
  }
  return problems;
}

/** Key/value pairs of a mapping node, with unknown keys reported. */
export function mappingEntries(
  data: YamlData,
  node: Node | null | undefined,
  known: readonly string[],
  what: string,
  problems: DataProblem[],
): Map<string, Node | null> | undefined {
  if (!isMap(node)) {
    problems.push(data.problem(node, `${what} must be a mapping`));
    return undefined;
  }
  const out = new Map<string, Node | null>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!known.includes(key)) {
      problems.push(data.problem(pair.key as Node, `unknown key '${key}' in ${what} (expected ${known.join(", ")})`));
      continue;
    }
    out.set(key, (pair.value as Node | null) ?? null);
  }
  return out;
}

/** A string scalar, or a problem. */
export function stringValue(
  data: YamlData,
  node: Node | null | undefined,
  what: string,
  problems: DataProblem[],
): string | undefined {
  if (isScalar(node) && typeof node.value === "string" && node.value.trim() !== "") return node.value;
  problems.push(data.problem(node, `${what} must be a non-empty string`));
  return undefined;
}

/** The items of a sequence node, or a problem. */
export function sequenceItems(
  data: YamlData,
  node: Node | null | undefined,
  what: string,
  problems: DataProblem[],
): Node[] | undefined {
  if (isSeq(node)) return node.items as Node[];
  problems.push(data.problem(node, `${what} must be a list`));
  return undefined;
}

/** A list of strings (each checked), or a problem. */
export function stringList(
  data: YamlData,
  node: Node | null | undefined,
  what: string,
  problems: DataProblem[],
): { value: string; line: number }[] {
  const items = sequenceItems(data, node, what, problems) ?? [];
  const out: { value: string; line: number }[] = [];
  for (const item of items) {
    const value = stringValue(data, item, `each entry of ${what}`, problems);
    if (value !== undefined) out.push({ value, line: data.lineOf(item) });
  }
  return out;
}

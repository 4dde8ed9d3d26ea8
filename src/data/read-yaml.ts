import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { DataProblem } from "./data-problem.js";


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
  const data: YamlData = {
    file,
    root: (doc.contents as Node | null) ?? null,
    lineOf,
    problem: (node, message) => ({ file, line: lineOf(node), message }),
  };
  const problems = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 1,
    message: e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
  }));
  return { data, problems };
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

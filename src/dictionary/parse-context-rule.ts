import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, sequenceItems, stringValue, type YamlData } from "../data/read-yaml.js";
import { contextWord, type ContextScope, type WordCondition } from "./context-rule.js";

/**
 * A term's `near` or `not_near`: one condition or a list of them, each
 * `{ within: <tokens>|sentence|document, words: [...] }`.
 */
export function parseConditions(data: YamlData, node: Node | null | undefined, key: string, problems: DataProblem[]): WordCondition[] {
  const items = isSeq(node) ? (node.items as Node[]) : [node];
  return items.flatMap((item) => {
    const fields = mappingEntries(data, item, ["within", "words"], key, problems);
    if (!fields) return [];
    const within = parseScope(data, fields.get("within") ?? item, key, problems);
    const wordNodes = sequenceItems(data, fields.get("words") ?? item, `${key}.words`, problems) ?? [];
    const words = wordNodes.flatMap((w) => {
      const word = stringValue(data, w, `a word of ${key}`, problems);
      return word === undefined ? [] : [contextWord(word.trim())];
    });
    if (wordNodes.length === 0 && isMap(item)) problems.push(data.problem(item, `${key} needs at least one word`));
    return within === undefined || words.length === 0 ? [] : [{ words, within }];
  });
}

function parseScope(data: YamlData, node: Node | null | undefined, key: string, problems: DataProblem[]): ContextScope | undefined {
  const value = isScalar(node) ? node.value : undefined;
  if (value === "sentence" || value === "document") return value;
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  problems.push(data.problem(node, `${key}.within must be a number of tokens, 'sentence' or 'document'`));
  return undefined;
}

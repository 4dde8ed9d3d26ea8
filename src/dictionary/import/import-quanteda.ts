import { isMap, isScalar, isSeq, type Node } from "yaml";
import { readYaml } from "../../data/read-yaml.js";
import { conceptId, foreignWord, uniqueIds, type ImportedConcept, type ImportNote, type ImportResult } from "./imported.js";

/**
 * A quanteda YAML dictionary (as written by quanteda's as.yaml): keys name categories, a
 * key's value is a list of patterns (or one pattern) or a mapping of sub-keys, which become
 * `parent.child` ids. Patterns are globs: a trailing `*` is kept as kouka's prefix wildcard;
 * `?` and other stars are reported. A multi-word pattern (`a b`) is one term.
 */
export function importQuanteda(text: string, file: string): ImportResult | { error: string } {
  const { data, problems } = readYaml(text, file);
  if (problems.length > 0) return { error: `${problems[0]!.file}:${problems[0]!.line}: ${problems[0]!.message}` };
  if (!isMap(data.root)) return { error: `${file}: a quanteda dictionary is a YAML mapping of keys to word lists` };
  const notes: ImportNote[] = [];
  const concepts: ImportedConcept[] = [];
  const walk = (node: Node, path: readonly string[]): void => {
    const line = data.lineOf(node);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        if (pair.value === null || pair.value === undefined) notes.push({ line: data.lineOf(pair.key as Node), message: `key '${key}' has no words: left out` });
        else walk(pair.value as Node, [...path, key]);
      }
      return;
    }
    const items = isSeq(node) ? (node.items as Node[]) : [node];
    const terms: string[] = [];
    for (const item of items) {
      const value = isScalar(item) ? item.value : undefined;
      if (typeof value !== "string" && typeof value !== "number") {
        notes.push({ line: data.lineOf(item), message: `a pattern of '${path.join(".")}' is not a word: left out` });
        continue;
      }
      const term = foreignWord(String(value));
      if ("error" in term) notes.push({ line: data.lineOf(item), message: `${term.error}: left out` });
      else if (!terms.includes(term.text)) terms.push(term.text);
    }
    if (terms.length === 0) return void notes.push({ line, message: `key '${path.join(".")}' has no words kouka can use: left out` });
    concepts.push({ id: conceptId(path, `concept${concepts.length + 1}`), label: path.join("."), terms: terms.map((t) => ({ text: t })), line });
  };
  walk(data.root, []);
  return { concepts: uniqueIds(concepts), notes };
}

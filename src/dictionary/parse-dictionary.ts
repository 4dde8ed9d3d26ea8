import { isMap, isScalar, type Node } from "yaml";
import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, readYaml, sequenceItems, stringValue, type YamlData } from "../data/read-yaml.js";
import { contextWord, type ContextRule } from "./context-rule.js";
import type { Concept, Dictionary, TermSpelling } from "./dictionary.js";
import { expandVariants } from "./expand-variants.js";
import { combineRules } from "./combine-rules.js";
import { parseConditions } from "./parse-context-rule.js";
import { parseRuleExpression } from "./parse-rule-expression.js";

/** Lower-case words; `.` joins the levels of an imported nested key (economy.growth). */
const ID = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;

/** Parses and checks one concept dictionary file (no tokenizer needed). */
export function parseDictionary(source: string, file: string): { dictionary?: Dictionary; problems: DataProblem[] } {
  const { data, problems } = readYaml(source, file);
  if (problems.length > 0) return { problems };
  const top = mappingEntries(data, data.root, ["concepts"], "the dictionary", problems);
  const items = top ? sequenceItems(data, top.get("concepts") ?? null, "concepts", problems) : undefined;
  const concepts: Concept[] = [];
  const seen = new Map<string, number>();
  for (const item of items ?? []) {
    const concept = parseConcept(data, item, problems);
    if (!concept) continue;
    const earlier = seen.get(concept.id);
    if (earlier !== undefined) {
      problems.push(data.problem(item, `duplicate concept id '${concept.id}' (first defined at line ${earlier})`));
      continue;
    }
    seen.set(concept.id, data.lineOf(item));
    concepts.push(concept);
  }
  if (items && items.length === 0) problems.push(data.problem(top?.get("concepts"), "the dictionary defines no concepts"));
  return problems.length > 0 ? { problems } : { dictionary: { concepts }, problems };
}

function parseConcept(data: YamlData, node: Node, problems: DataProblem[]): Concept | undefined {
  const before = problems.length;
  const fields = mappingEntries(data, node, ["id", "label", "description", "terms", "near", "not_near", "rule"], "a concept", problems);
  if (!fields) return undefined;
  // A missing key is reported at the concept, not at the top of the file.
  const field = (key: string): Node | null => fields.get(key) ?? (fields.has(key) ? null : node);
  const id = stringValue(data, field("id"), "id", problems);
  if (id !== undefined && !ID.test(id)) {
    problems.push(data.problem(fields.get("id"), `concept id '${id}' must be lower-case letters, digits, '-' or '_' (levels joined by '.')`));
  }
  const label = stringValue(data, field("label"), `label of concept '${id ?? "?"}'`, problems);
  const description = fields.has("description") ? stringValue(data, fields.get("description"), "description", problems) : "";
  const termNodes = fields.has("terms") ? sequenceItems(data, fields.get("terms"), "terms", problems) : undefined;
  if (!termNodes || termNodes.length === 0) {
    problems.push(data.problem(fields.get("terms") ?? node, `concept '${id ?? "?"}' has no terms`));
  }
  // near / not_near / rule on the concept apply to each of its terms.
  const shared = parseContext(data, fields, problems);
  const terms = (termNodes ?? []).flatMap((t) => parseTerm(data, t, problems)).map((t) => {
    const context = combineRules(shared, t.context);
    return context ? { ...t, context } : t;
  });
  if (problems.length > before || id === undefined || label === undefined) return undefined;
  return { id, file: data.file, line: data.lineOf(node), label, description: description ?? "", terms };
}

function parseTerm(data: YamlData, node: Node, problems: DataProblem[]): TermSpelling[] {
  let pattern: string | undefined;
  let leftOpen = false;
  let notAfter: string[] | undefined;
  let context: ContextRule | undefined;
  if (isMap(node)) {
    const fields = mappingEntries(data, node, ["term", "left", "not_after", "near", "not_near", "rule"], "a term", problems);
    pattern = stringValue(data, fields?.get("term"), "term", problems);
    const left = fields?.get("left");
    if (left !== undefined) {
      const value = isScalar(left) ? left.value : undefined;
      if (value !== "open" && value !== "closed") problems.push(data.problem(left, "left must be 'open' or 'closed'"));
      leftOpen = value === "open";
    }
    if (fields?.has("not_after")) {
      const items = sequenceItems(data, fields.get("not_after"), "not_after", problems) ?? [];
      notAfter = items.flatMap((w) => {
        const word = stringValue(data, w, "a word of not_after", problems);
        return word === undefined ? [] : [contextWord(word.trim())];
      });
    }
    if (fields) context = parseContext(data, fields, problems);
  } else {
    pattern = stringValue(data, node, "a term", problems);
  }
  if (pattern === undefined) return [];
  // `*X`: X as the head of any compound (生産規模の経済性 for *規模の経済性), like left: open.
  if (pattern.length > 1 && pattern.startsWith("*")) {
    leftOpen = true;
    pattern = pattern.slice(1);
  }
  const expanded = expandVariants(pattern);
  if ("error" in expanded) {
    problems.push(data.problem(node, expanded.error));
    return [];
  }
  const line = data.lineOf(node);
  return expanded.variants.map((text) => ({
    text,
    leftOpen,
    ...(notAfter ? { notAfter } : {}),
    ...(context ? { context } : {}),
    file: data.file,
    line,
  }));
}

/** A term's or concept's near / not_near lists and combined `rule`, if it has any. */
function parseContext(data: YamlData, fields: Map<string, Node | null>, problems: DataProblem[]): ContextRule | undefined {
  if (!fields.has("near") && !fields.has("not_near") && !fields.has("rule")) return undefined;
  const expression = fields.has("rule") ? parseRuleExpression(data, fields.get("rule"), problems) : undefined;
  return {
    near: fields.has("near") ? parseConditions(data, fields.get("near"), "near", problems) : [],
    notNear: fields.has("not_near") ? parseConditions(data, fields.get("not_near"), "not_near", problems) : [],
    ...(expression ? { expression } : {}),
  };
}

/** Several -d files make one dictionary; a concept id may be defined once. */
export function mergeDictionaries(parts: readonly { dictionary: Dictionary; file: string }[]): { dictionary: Dictionary; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const concepts: Concept[] = [];
  const owner = new Map<string, string>();
  for (const { dictionary, file } of parts) {
    for (const c of dictionary.concepts) {
      const first = owner.get(c.id);
      if (first !== undefined) {
        problems.push({ file: c.file, line: c.line, message: `concept id '${c.id}' is already defined in ${first}` });
        continue;
      }
      owner.set(c.id, file);
      concepts.push(c);
    }
  }
  return { dictionary: { concepts }, problems };
}

import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { DataProblem } from "../data/data-problem.js";
import { mappingEntries, sequenceItems, stringValue, type YamlData } from "../data/read-yaml.js";
import { contextWord } from "./context-rule.js";
import { parseConditions } from "./parse-context-rule.js";
import type { RuleExpression } from "./rule-expression.js";

const OPERATORS = ["near", "not_near", "and", "or", "not", "seq"];
/** Deeper rules are surely a mistake; the YAML reader caps nesting anyway. */
const MAX_DEPTH = 16;

/**
 * A `rule:` node: a mapping with one operator (`seq` may add `gap` and `within`). Problems
 * name the line of the offending node; the result is undefined when anything is wrong.
 */
export function parseRuleExpression(data: YamlData, node: Node | null | undefined, problems: DataProblem[], depth = 0): RuleExpression | undefined {
  const before = problems.length;
  const rule = parse(data, node, problems, depth);
  return problems.length > before ? undefined : rule;
}

function parse(data: YamlData, node: Node | null | undefined, problems: DataProblem[], depth: number): RuleExpression | undefined {
  if (depth > MAX_DEPTH) {
    problems.push(data.problem(node, `rule nested deeper than ${MAX_DEPTH} levels`));
    return undefined;
  }
  if (!isMap(node)) {
    problems.push(data.problem(node, `a rule must be a mapping with one of ${OPERATORS.join(", ")}`));
    return undefined;
  }
  const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ""));
  const ops = keys.filter((k) => OPERATORS.includes(k));
  if (ops.length !== 1) {
    problems.push(data.problem(node, ops.length === 0 ? `a rule needs one of ${OPERATORS.join(", ")}` : `a rule has one operator, not ${ops.join(" and ")} together (nest them under and/or)`));
    return undefined;
  }
  const op = ops[0]!;
  const fields = mappingEntries(data, node, op === "seq" ? ["seq", "gap", "within"] : [op], `a '${op}' rule`, problems);
  if (!fields) return undefined;
  const value = fields.get(op) ?? null;
  switch (op) {
    case "near":
    case "not_near": {
      const conditions = parseConditions(data, value, op, problems);
      if (isSeq(value)) problems.push(data.problem(value, `${op} in a rule takes one condition (combine several with and/or)`));
      const condition = conditions[0];
      if (!condition) return undefined;
      if (condition.within === "document") {
        problems.push(data.problem(value, `${op} in a rule looks within N tokens or the sentence; put document conditions in the term's own near/not_near`));
        return undefined;
      }
      const near: RuleExpression = { op: "near", condition };
      return op === "near" ? near : { op: "not", item: near };
    }
    case "and":
    case "or": {
      const items = sequenceItems(data, value, op, problems);
      if (items && items.length === 0) problems.push(data.problem(value, `${op} needs at least one rule`));
      const parsed = (items ?? []).map((item) => parse(data, item, problems, depth + 1));
      return parsed.every((p) => p !== undefined) ? { op, items: parsed as RuleExpression[] } : undefined;
    }
    case "not": {
      const item = parse(data, value, problems, depth + 1);
      return item && { op: "not", item };
    }
    default:
      return parseSeq(data, value, fields, problems);
  }
}

/** `seq: [a, [b, c], d*]`: words in this order, each step one word or a list of alternatives. */
function parseSeq(data: YamlData, value: Node | null, fields: Map<string, Node | null>, problems: DataProblem[]): RuleExpression | undefined {
  const items = sequenceItems(data, value, "seq", problems);
  if (!items) return undefined;
  if (items.length < 2) problems.push(data.problem(value, "seq needs at least two words"));
  const steps = items.map((item) => {
    const alternatives = isSeq(item) ? (item.items as Node[]) : [item];
    return alternatives.flatMap((w) => {
      const word = stringValue(data, w, "a word of seq", problems);
      return word === undefined ? [] : [contextWord(word.trim())];
    });
  });
  const gapNode = fields.get("gap");
  let gap = 0;
  if (fields.has("gap")) {
    const g = isScalar(gapNode) ? gapNode.value : undefined;
    if (typeof g === "number" && Number.isInteger(g) && g >= 0) gap = g;
    else problems.push(data.problem(gapNode, "seq gap must be a number of tokens (0 or more)"));
  }
  let within: number | "sentence" = "sentence";
  if (fields.has("within")) {
    const w = isScalar(fields.get("within")) ? (fields.get("within") as { value: unknown }).value : undefined;
    if (w === "sentence" || (typeof w === "number" && Number.isInteger(w) && w > 0)) within = w;
    else problems.push(data.problem(fields.get("within"), "seq within must be a number of tokens or 'sentence'"));
  }
  return { op: "seq", steps, gap, within };
}

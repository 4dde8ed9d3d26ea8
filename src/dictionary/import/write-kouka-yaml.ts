import { stringify } from "yaml";
import type { RuleExpression } from "../rule-expression.js";
import type { ImportedConcept } from "./imported.js";

function ruleData(rule: RuleExpression): unknown {
  switch (rule.op) {
    case "near":
      return { near: { within: rule.condition.within, words: [...rule.condition.words] } };
    case "and":
    case "or":
      return { [rule.op]: rule.items.map(ruleData) };
    case "not":
      return { not: ruleData(rule.item) };
    case "seq":
      return { seq: rule.steps.map((s) => (s.length === 1 ? s[0] : [...s])), gap: rule.gap, ...(rule.within === "sentence" ? {} : { within: rule.within }) };
  }
}

/** Imported concepts as a kouka dictionary file (`from` names the source in a comment). */
export function writeKoukaYaml(concepts: readonly ImportedConcept[], from: string): string {
  const data = {
    concepts: concepts.map((c) => ({
      id: c.id,
      label: c.label,
      terms: c.terms.map((t) => (t.rule ? { term: t.text, rule: ruleData(t.rule) } : t.text)),
    })),
  };
  return `# Imported by kouka dict import from ${from}\n${stringify(data, { lineWidth: 0 })}`;
}

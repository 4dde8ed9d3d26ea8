import type { ContextRule } from "./context-rule.js";

/** A concept's rule and its term's own rule both apply: their conditions add up. */
export function combineRules(concept: ContextRule | undefined, term: ContextRule | undefined): ContextRule | undefined {
  if (!concept) return term;
  if (!term) return concept;
  const expression =
    concept.expression && term.expression
      ? { op: "and" as const, items: [concept.expression, term.expression] }
      : (concept.expression ?? term.expression);
  return { near: [...concept.near, ...term.near], notNear: [...concept.notNear, ...term.notNear], ...(expression ? { expression } : {}) };
}

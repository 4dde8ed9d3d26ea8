import type { RuleExpression, WordCondition } from "./rule-expression.js";

export type { ContextScope, WordCondition } from "./rule-expression.js";

/**
 * Every `near` condition must hold (one of its words occurs), and no `not_near` one; and
 * `expression`, a combined `rule:` (and/or/not/seq, see rule-expression.ts), when given.
 */
export interface ContextRule {
  readonly near: readonly WordCondition[];
  readonly notNear: readonly WordCondition[];
  readonly expression?: RuleExpression;
}

/** How dictionary words and token forms are compared. */
export function contextWord(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Whether the rule has a condition over the whole document (checked after tagging). */
export function needsDocument(rule: ContextRule): boolean {
  return [...rule.near, ...rule.notNear].some((c) => c.within === "document");
}

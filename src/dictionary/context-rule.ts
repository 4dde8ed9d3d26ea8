import type { RuleExpression } from "./rule-expression.js";

/**
 * A term's context condition, written in the dictionary: words that must (near) or must not
 * (not_near) occur around a mention for it to count. Each condition is matched on tokens'
 * surface or basic form (NFKC, lower case) within a number of tokens either side in the
 * mention's sentence, within its sentence, or anywhere in its document.
 */
export type ContextScope = number | "sentence" | "document";

export interface WordCondition {
  readonly words: readonly string[];
  readonly within: ContextScope;
}

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

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
 * A combined context rule, written under a term's or concept's `rule:` key. Leaves are the
 * same word conditions as `near` / `not_near` (within N tokens or the sentence) and word
 * sequences; `and`, `or` and `not` combine them. Every word is matched on tokens (surface or
 * basic form, NFKC lower case; `word*` is a prefix), never on raw text.
 *
 *   rule:
 *     and:
 *       - near: { within: sentence, words: [持続] }
 *       - not: { seq: [競争, 優位*], gap: 1 }
 *       - or: [ { near: { within: 5, words: [戦略] } }, { seq: [市場, 支配], gap: 0 } ]
 */
export type RuleExpression =
  | { readonly op: "near"; readonly condition: WordCondition }
  | { readonly op: "seq"; readonly steps: readonly (readonly string[])[]; readonly gap: number; readonly within: number | "sentence" }
  | { readonly op: "and" | "or"; readonly items: readonly RuleExpression[] }
  | { readonly op: "not"; readonly item: RuleExpression };

/** Whether a rule word is a prefix (`econom*`); the stored word keeps the star. */
export function isPrefixWord(word: string): boolean {
  return word.length > 1 && word.endsWith("*");
}

/** Whether token form `form` (NFKC lower case) is `word`, or starts with it when `word*`. */
export function wordMatches(word: string, form: string): boolean {
  return isPrefixWord(word) ? form.startsWith(word.slice(0, -1)) : form === word;
}

import type { TermRules } from "./term-rules.js";

/** The rules with more stop and keep words (a user's --term-list files) added. */
export function withLists(rules: TermRules, lists: readonly Pick<TermRules, "stop" | "keep">[]): TermRules {
  return {
    ...rules,
    stop: new Set([...rules.stop, ...lists.flatMap((l) => [...l.stop])]),
    keep: new Set([...rules.keep, ...lists.flatMap((l) => [...l.keep])]),
  };
}

import type { WordCondition } from "../dictionary/context-rule.js";
import { wordMatches, type RuleExpression } from "../dictionary/rule-expression.js";
import { isBlank } from "../text/is-space.js";
import { lowerCase } from "../text/remembered.js";
import type { Token } from "../token.js";

/**
 * Whether the mention on tokens [from, to) meets a combined rule. `near` decides one word
 * condition the way the term's own near/not_near lists are decided (check-context), so both
 * forms share one matcher; `seq` is checked here, on tokens.
 */
export function meetsExpression(
  rule: RuleExpression,
  tokens: readonly Token[],
  from: number,
  to: number,
  near: (condition: WordCondition) => boolean,
): boolean {
  switch (rule.op) {
    case "near":
      return near(rule.condition);
    case "and":
      return rule.items.every((r) => meetsExpression(r, tokens, from, to, near));
    case "or":
      return rule.items.some((r) => meetsExpression(r, tokens, from, to, near));
    case "not":
      return !meetsExpression(rule.item, tokens, from, to, near);
    case "seq":
      return sequenceOccurs(rule.steps, rule.gap, tokens, ...windowOf(rule.within, tokens, from, to));
  }
}

/** The tokens a rule looks at: the mention's sentence, or N tokens either side within it. */
function windowOf(within: number | "sentence", tokens: readonly Token[], from: number, to: number): [number, number] {
  const sentence = tokens[from]!.sentence;
  const limit = within === "sentence" ? Infinity : within;
  let first = from;
  let last = to - 1;
  while (first > 0 && from - first < limit && tokens[first - 1]!.sentence === sentence) first--;
  while (last < tokens.length - 1 && last - (to - 1) < limit && tokens[last + 1]!.sentence === sentence) last++;
  return [first, last];
}

function stepMatches(step: readonly string[], token: Token): boolean {
  const surface = lowerCase(token.surface);
  const basic = token.basicForm === "*" ? surface : lowerCase(token.basicForm);
  return step.some((w) => wordMatches(w, surface) || wordMatches(w, basic));
}

const isSpace = (t: Token): boolean => isBlank(t.surface);

/** Whether the steps occur in order among tokens [first, last], at most `gap` word tokens apart. */
export function sequenceOccurs(steps: readonly (readonly string[])[], gap: number, tokens: readonly Token[], first: number, last: number): boolean {
  const from = (step: number, at: number): boolean => {
    if (step === steps.length) return true;
    let skipped = 0;
    for (let k = at; k <= last && skipped <= gap; k++) {
      const t = tokens[k]!;
      if (isSpace(t)) continue;
      if (stepMatches(steps[step]!, t) && from(step + 1, k + 1)) return true;
      skipped++;
    }
    return false;
  };
  for (let i = first; i <= last; i++) if (!isSpace(tokens[i]!) && stepMatches(steps[0]!, tokens[i]!) && from(1, i + 1)) return true;
  return false;
}

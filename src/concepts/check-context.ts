import { contextWord, type ContextRule, type WordCondition } from "../dictionary/context-rule.js";
import type { Token } from "../token.js";
import type { Mention } from "./mention.js";

/** A condition word may span tokens (スコープチェーン is スコープ + チェーン): up to this many. */
const SPAN = 4;

/** Every form a condition word can match at token `i`: its surface, its basic form, and runs of surfaces from it. */
function* formsAt(tokens: readonly Token[], i: number, last: number): Generator<string> {
  const t = tokens[i]!;
  yield contextWord(t.surface);
  if (t.basicForm !== "" && t.basicForm !== "*") yield contextWord(t.basicForm);
  let run = t.surface;
  for (let j = i + 1; j <= last && j < i + SPAN; j++) {
    run += tokens[j]!.surface;
    yield contextWord(run);
  }
}

/** Whether one of `words` occurs among tokens [first, last]. */
function occursIn(words: ReadonlySet<string>, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) for (const form of formsAt(tokens, i, last)) if (words.has(form)) return true;
  return false;
}

/** The token range a condition looks at around tokens [from, to) of one sentence, or null for the document. */
function rangeOf(condition: WordCondition, tokens: readonly Token[], from: number, to: number): [number, number] | null {
  if (condition.within === "document") return null;
  const sentence = tokens[from]!.sentence;
  let first = from;
  let last = to - 1;
  const limit = condition.within === "sentence" ? Infinity : condition.within;
  while (first > 0 && from - first < limit && tokens[first - 1]!.sentence === sentence) first--;
  while (last < tokens.length - 1 && last - (to - 1) < limit && tokens[last + 1]!.sentence === sentence) last++;
  return [first, last];
}

/**
 * Whether the mention on tokens [from, to) meets the rule's conditions that look at its
 * sentence or the tokens around it; conditions over the document are left to meetsDocument.
 */
export function meetsLocal(rule: ContextRule | undefined, tokens: readonly Token[], from: number, to: number): boolean {
  if (!rule) return true;
  const holds = (c: WordCondition): boolean | null => {
    const range = rangeOf(c, tokens, from, to);
    return range && occursIn(new Set(c.words), tokens, range[0], range[1]);
  };
  return rule.near.every((c) => holds(c) !== false) && rule.notNear.every((c) => holds(c) !== true);
}

/** Collects the words of `wanted` that occur in a sentence's tokens, for conditions over the document. */
export function collectWords(tokens: readonly Token[], wanted: ReadonlySet<string>, seen: Set<string>): void {
  if (wanted.size === 0) return;
  for (let i = 0; i < tokens.length; i++) for (const form of formsAt(tokens, i, tokens.length - 1)) if (wanted.has(form)) seen.add(form);
}

/** Whether the rule's conditions over the document hold, given the words it was seen to contain. */
export function meetsDocument(rule: ContextRule | undefined, seen: ReadonlySet<string>): boolean {
  if (!rule) return true;
  const inDocument = (c: WordCondition): boolean => c.words.some((w) => seen.has(w));
  const whole = (cs: readonly WordCondition[]): WordCondition[] => cs.filter((c) => c.within === "document");
  return whole(rule.near).every(inDocument) && !whole(rule.notNear).some(inDocument);
}

/** Drops the mentions whose term's document conditions fail; `ruleOf` finds a mention's rule. */
export function filterByDocument(
  mentions: readonly Mention[],
  ruleOf: (m: Mention) => ContextRule | undefined,
  seen: ReadonlySet<string>,
): Mention[] {
  return mentions.filter((m) => meetsDocument(ruleOf(m), seen));
}

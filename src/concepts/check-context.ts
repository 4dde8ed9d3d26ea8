import type { ContextRule, WordCondition } from "../dictionary/context-rule.js";
import { isPrefixWord } from "../dictionary/rule-expression.js";
import { meetsExpression } from "./check-rule-expression.js";
import { lowerCase } from "../text/remembered.js";
import type { Token } from "../token.js";
import type { Mention } from "./mention.js";

/** A condition word may span tokens (スコープチェーン is スコープ + チェーン): up to this many. */
const SPAN = 4;

/** What occursIn needs to know of a word set, worked out once per set. */
interface WordShape {
  /** The longest word, in UTF-16 units: runs of tokens grow only up to it. */
  readonly longest: number;
  /** The `word*` entries. */
  readonly prefixes: readonly string[];
  /** The first UTF-16 unit of every word: a form starting with any other unit is none of them. */
  readonly starts: ReadonlySet<number>;
}

const shapeCache = new WeakMap<ReadonlySet<string>, WordShape>();

function shapeOf(words: ReadonlySet<string>): WordShape {
  let shape = shapeCache.get(words);
  if (shape === undefined) {
    const list = [...words];
    shape = {
      longest: Math.max(0, ...list.map((w) => w.length)),
      prefixes: list.filter(isPrefixWord),
      starts: new Set(list.map((w) => w.charCodeAt(0))),
    };
    shapeCache.set(words, shape);
  }
  return shape;
}

/**
 * The first UTF-16 unit of `form.toLowerCase()`, without lower-casing the whole form where
 * the unit has no case: ASCII, kana and CJK ideographs, nearly every token. Lower case maps
 * a first character on its own (final sigma needs a letter before it).
 */
function lowerFirstUnit(form: string): number {
  const c = form.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c < 0x80 || (c >= 0x3040 && c <= 0x9fff)) return c;
  return lowerCase(form).charCodeAt(0);
}

/**
 * Whether one of `words` occurs among tokens [first, last], as a token's surface or basic
 * form or as a run of surfaces. Tokens come from NFKC text, so lower case is all that is
 * left to fold; runs grow only while a word could still be that long, and only from a
 * token whose first character starts some word.
 */
function occursIn(words: ReadonlySet<string>, tokens: readonly Token[], first: number, last: number, found?: Set<string>): boolean {
  const { longest, prefixes, starts } = shapeOf(words);
  let any = false;
  const hit = (form: string): boolean => {
    // `word*` is a prefix of a token form (as LIWC means it).
    const word = words.has(form) ? form : prefixes.find((p) => form.startsWith(p.slice(0, -1)));
    if (word === undefined) return false;
    any = true;
    found?.add(word);
    return found === undefined;
  };
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.basicForm !== t.surface && t.basicForm !== "*" && starts.has(lowerFirstUnit(t.basicForm)) && hit(lowerCase(t.basicForm))) return true;
    if (!starts.has(lowerFirstUnit(t.surface))) continue;
    let run = lowerCase(t.surface);
    if (hit(run)) return true;
    for (let j = i + 1; j <= last && j < i + SPAN && run.length < longest; j++) {
      run += lowerCase(tokens[j]!.surface);
      if (hit(run)) return true;
    }
  }
  return any;
}

const setCache = new WeakMap<WordCondition, ReadonlySet<string>>();

function wordSet(condition: WordCondition): ReadonlySet<string> {
  let set = setCache.get(condition);
  if (!set) setCache.set(condition, (set = new Set(condition.words)));
  return set;
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
    return range && occursIn(wordSet(c), tokens, range[0], range[1]);
  };
  if (!(rule.near.every((c) => holds(c) !== false) && rule.notNear.every((c) => holds(c) !== true))) return false;
  return rule.expression === undefined || meetsExpression(rule.expression, tokens, from, to, (c) => holds(c) === true);
}

/** Collects the words of `wanted` that occur in a sentence's tokens, for conditions over the document. */
export function collectWords(tokens: readonly Token[], wanted: ReadonlySet<string>, seen: Set<string>): void {
  if (wanted.size === 0 || tokens.length === 0) return;
  occursIn(wanted, tokens, 0, tokens.length - 1, seen);
}

/** Whether the rule's conditions over the document hold, given the words it was seen to contain. */
export function meetsDocument(rule: ContextRule | undefined, seen: ReadonlySet<string>): boolean {
  if (!rule) return true;
  const met = metIn(seen);
  return whole(rule.near).every(met) && !whole(rule.notNear).some(met);
}

const whole = (conditions: readonly WordCondition[]): WordCondition[] => conditions.filter((c) => c.within === "document");
const metIn =
  (seen: ReadonlySet<string>) =>
  (c: WordCondition): boolean =>
    c.words.some((w) => seen.has(w));

/**
 * Whether more of the document can no longer change `meetsDocument`: a word it must not be
 * near was seen, or (when no word is forbidden) every word it must be near was.
 */
export function decidedByDocument(rule: ContextRule | undefined, seen: ReadonlySet<string>): boolean {
  if (!rule) return true;
  const met = metIn(seen);
  const notNear = whole(rule.notNear);
  return notNear.some(met) || (notNear.length === 0 && whole(rule.near).every(met));
}

/** Drops the mentions whose term's document conditions fail; `ruleOf` finds a mention's rule. */
export function filterByDocument(
  mentions: readonly Mention[],
  ruleOf: (m: Mention) => ContextRule | undefined,
  seen: ReadonlySet<string>,
): Mention[] {
  return mentions.filter((m) => meetsDocument(ruleOf(m), seen));
}

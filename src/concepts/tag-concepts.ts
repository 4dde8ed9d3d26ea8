import type { Grammar } from "../grammar/load-grammar.js";
import { contextWord } from "../dictionary/context-rule.js";
import { matchesPos } from "../grammar/pos-pattern.js";
import { roleOf } from "../grammar/token-role.js";
import { meetsLocal } from "./check-context.js";
import type { Token } from "../token.js";
import type { CompiledTerm, Matcher } from "./compile-matcher.js";
import type { Mention } from "./mention.js";
import { tokenKey } from "./token-key.js";

interface Match {
  readonly term: CompiledTerm;
  readonly from: number;
  readonly to: number;
}

/**
 * Finds concept mentions on tokens. A match starts and ends on token boundaries,
 * the longest valid match wins, and it must be a whole compound: the token after it
 * may not continue the noun (指標, 圏) or make it a modifier (的), and a noun on its
 * left is allowed only for terms marked `left: open`.
 */
export function tagConcepts(tokens: readonly Token[], matcher: Matcher, grammar: Grammar): Mention[] {
  const keys = tokens.map((t) => tokenKey(t.surface));
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = keys[i] === "" ? undefined : longestMatch(tokens, keys, i, matcher, grammar);
    if (!match) {
      i++;
      continue;
    }
    const end = mentions.length > 0 ? mentions[mentions.length - 1]!.to : 0;
    const heads = coordinatedHeads(tokens, keys, match, matcher, grammar, end);
    const inSense = (m: Match): boolean => meetsLocal(m.term.spelling.context, tokens, m.from, m.to);
    for (const head of heads) if (inSense(head)) mentions.push(toMention(tokens, head.term, head.from, match.to));
    const from = match.term.spelling.leftOpen ? withLeftModifiers(tokens, match.from, grammar) : match.from;
    if (inSense(match)) mentions.push(toMention(tokens, match.term, from, match.to));
    i = match.to;
    for (const tail of coordinatedTails(tokens, keys, match, matcher, grammar)) {
      if (inSense(tail)) mentions.push(toMention(tokens, tail.term, tail.from, tail.to));
      i = tail.to;
    }
  }
  return mentions;
}

function toMention(tokens: readonly Token[], term: CompiledTerm, from: number, to: number): Mention {
  const first = tokens[from]!;
  return { concept: term.concept, term: term.spelling.text, from, to, start: first.start, end: tokens[to - 1]!.end, sentence: first.sentence };
}

/** The evidence of 生産規模の経済性 is the whole compound, modifiers included. */
function withLeftModifiers(tokens: readonly Token[], from: number, grammar: Grammar): number {
  const sentence = tokens[from]!.sentence;
  let i = from;
  for (; i > 0; i--) {
    const t = tokens[i - 1]!;
    const role = roleOf(t, grammar);
    if (t.sentence !== sentence || !(role === "noun" || role === "suffix" || role === "prefix")) break;
  }
  return i;
}

function longestMatch(tokens: readonly Token[], keys: readonly string[], from: number, matcher: Matcher, grammar: Grammar): Match | undefined {
  let node = matcher.root;
  let best: Match | undefined = prefixOnBasicForm(tokens, from, matcher, grammar, keys);
  for (let j = from; j < tokens.length; j++) {
    const key = keys[j]!;
    if (tokens[j]!.sentence !== tokens[from]!.sentence) break;
    if (key === "") continue; // spaces inside a term (network  effects) are transparent
    for (const ch of key) {
      const next = node.next.get(ch);
      if (!next) return best;
      node = next;
      // A wildcard (競争優* or econom*) takes the rest of the token it ends in.
      if (node.prefix && fitsLeft(tokens, keys, from, node.prefix, grammar)) best = { term: node.prefix, from, to: j + 1 };
    }
    if (node.term && fitsRight(tokens, keys, j, grammar) && fitsLeft(tokens, keys, from, node.term, grammar)) {
      best = { term: node.term, from, to: j + 1 };
    }
  }
  return best;
}

/** A one-word wildcard (run*) also matches a token by its basic form (ran → run). */
function prefixOnBasicForm(tokens: readonly Token[], from: number, matcher: Matcher, grammar: Grammar, keys: readonly string[]): Match | undefined {
  const token = tokens[from]!;
  if (token.basicForm === "*" || token.basicForm === token.surface) return undefined;
  let node = matcher.root;
  let found: Match | undefined;
  for (const ch of tokenKey(token.basicForm)) {
    const next = node.next.get(ch);
    if (!next) break;
    node = next;
    if (node.prefix && fitsLeft(tokens, keys, from, node.prefix, grammar)) found = { term: node.prefix, from, to: from + 1 };
  }
  return found;
}

/**
 * The compound must end here: no noun or suffix goes on, no 的 turns it into a modifier.
 * A stop word (等, 自体) does not make a new compound: 規模の経済等 is still a mention, and
 * neither does a word that takes the whole term as object or kind (重視, 型: grammar
 * edges.keep_after); edges.break_after words always break it.
 */
function fitsRight(tokens: readonly Token[], keys: readonly string[], last: number, grammar: Grammar): boolean {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence || keys[last + 1] === "" || grammar.stopWords.has(next.surface)) return true;
  if (grammar.breakAfter.has(next.surface)) return false;
  if (grammar.keepAfter.has(next.surface) || grammar.keepAfter.has(next.basicForm)) return true;
  const role = roleOf(next, grammar);
  return role !== "noun" && role !== "suffix" && role !== "adjectival";
}

/**
 * A prefix (大 in 大規模) or a counter (円 in 15億円規模: grammar edges.fuse_before) makes
 * another word; a noun on the left only where the term allows, and never one of the term's
 * not_after words (世界 in 世界規模の経済).
 */
function fitsLeft(tokens: readonly Token[], keys: readonly string[], first: number, term: CompiledTerm, grammar: Grammar): boolean {
  const previous = tokens[first - 1];
  if (!previous || previous.sentence !== tokens[first]!.sentence || keys[first - 1] === "") return true;
  if (matchesPos(previous, grammar.fuseBefore)) return false;
  const role = roleOf(previous, grammar);
  if (role === "prefix") return false;
  if (role === "noun" || role === "suffix") return term.spelling.leftOpen && !isNotAfter(previous, term) && !isQuantity(tokens, first, grammar);
  return true;
}

/**
 * Whether the compound on the left of an open term starts right after a number or counter,
 * so that it measures a size (15,000コイン規模の経済, 100店舗規模の経済) rather than naming
 * what the economy is of (生産規模の経済性).
 */
function isQuantity(tokens: readonly Token[], first: number, grammar: Grammar): boolean {
  const from = withLeftModifiers(tokens, first, grammar);
  const before = tokens[from - 1];
  if (before === undefined || before.sentence !== tokens[first]!.sentence || !matchesPos(before, grammar.fuseBefore)) return false;
  // A digit glued to letters is part of a code (B2Cネットワーク効果型), not a quantity.
  const prior = tokens[from - 2];
  return !(prior !== undefined && prior.end === before.start && LATIN_END.test(prior.surface));
}

const LATIN_END = /[A-Za-z]$/;

function isNotAfter(token: Token, term: CompiledTerm): boolean {
  const words = term.spelling.notAfter;
  return words !== undefined && (words.includes(contextWord(token.surface)) || words.includes(contextWord(token.basicForm)));
}

/**
 * 規模と範囲の経済: the match 範囲の経済 lends its tail to each head before it that is
 * joined by a conjunction and makes a term of another concept with that tail.
 * Returns the heads in document order; `floor` is where the previous mention ended.
 */
function coordinatedHeads(
  tokens: readonly Token[],
  keys: readonly string[],
  match: Match,
  matcher: Matcher,
  grammar: Grammar,
  floor: number,
): Match[] {
  const tail = match.term.tail;
  if (tail === undefined) return [];
  const candidates = matcher.headsByTail.get(tail) ?? [];
  const found: Match[] = [];
  const named = new Set([match.term.concept]);
  let at = match.from;
  for (;;) {
    const conjunction = skipSpacesBack(keys, at - 1);
    if (conjunction < floor || !grammar.conjunctions.has(keys[conjunction] ?? "")) break;
    const head = candidates
      .filter((c) => !named.has(c.concept))
      .map((c) => ({ term: c, from: spellsBackwards(tokens, keys, skipSpacesBack(keys, conjunction - 1), c.head!, floor) }))
      .find((h) => h.from !== undefined && fitsLeft(tokens, keys, h.from, h.term, grammar));
    if (!head || head.from === undefined) break;
    found.unshift({ term: head.term, from: head.from, to: match.to });
    named.add(head.term.concept);
    at = head.from;
  }
  return found;
}

/**
 * economies of scale and scope: the match lends its lead (economies of) to each tail after
 * it that is joined by a conjunction and makes a term of another concept with that lead;
 * the link word may be said again (economies of scale and of scope). Each tail's mention
 * runs from the match's start to the tail's end, in document order.
 */
function coordinatedTails(tokens: readonly Token[], keys: readonly string[], match: Match, matcher: Matcher, grammar: Grammar): Match[] {
  const lead = match.term.lead;
  if (lead === undefined) return [];
  const candidates = matcher.restsByLead.get(lead) ?? [];
  const sentence = tokens[match.from]!.sentence;
  const found: Match[] = [];
  const named = new Set([match.term.concept]);
  let at = match.to;
  for (;;) {
    const conjunction = skipSpaces(keys, at);
    if (tokens[conjunction]?.sentence !== sentence || !grammar.conjunctions.has(keys[conjunction]!)) break;
    let start = skipSpaces(keys, conjunction + 1);
    if (grammar.links.has(keys[start] ?? "")) start = skipSpaces(keys, start + 1);
    const tail = candidates
      .filter((c) => !named.has(c.concept))
      .map((c) => ({ term: c, to: spellsForwards(tokens, keys, start, c.rest!, sentence) }))
      .find((t) => t.to !== undefined && fitsRight(tokens, keys, t.to - 1, grammar));
    if (!tail || tail.to === undefined) break;
    found.push({ term: tail.term, from: match.from, to: tail.to });
    named.add(tail.term.concept);
    at = tail.to;
  }
  return found;
}

/** The first token from `j` on that is not a space. */
function skipSpaces(keys: readonly string[], j: number): number {
  while (j < keys.length && keys[j] === "") j++;
  return j;
}

/** The token index after the tokens from `first` that spell `text` exactly, within one sentence. */
function spellsForwards(tokens: readonly Token[], keys: readonly string[], first: number, text: string, sentence: number): number | undefined {
  let rest = text;
  for (let j = first; j < tokens.length && tokens[j]!.sentence === sentence; j++) {
    const key = keys[j]!;
    if (key === "") continue;
    if (!rest.startsWith(key)) return undefined;
    rest = rest.slice(key.length);
    if (rest === "") return j + 1;
  }
  return undefined;
}

function skipSpacesBack(keys: readonly string[], j: number): number {
  while (j >= 0 && keys[j] === "") j--;
  return j;
}

/** The token index where `text` starts if the tokens ending at `last` spell it exactly. */
function spellsBackwards(tokens: readonly Token[], keys: readonly string[], last: number, text: string, floor: number): number | undefined {
  let rest = text;
  for (let j = last; j >= floor && j >= 0; j--) {
    const key = keys[j]!;
    if (tokens[j]!.sentence !== tokens[last]!.sentence) return undefined;
    if (key === "") continue;
    if (!rest.endsWith(key)) return undefined;
    rest = rest.slice(0, rest.length - key.length);
    if (rest === "") return j;
  }
  return undefined;
}

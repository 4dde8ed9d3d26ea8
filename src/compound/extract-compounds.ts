import type { Grammar } from "../grammar/load-grammar.js";
import { roleOf, type TokenRole } from "../grammar/token-role.js";
import type { Token } from "../token.js";
import type { Compound } from "./compound.js";

/**
 * Compound-noun units in the spirit of TermExtract: runs of nouns, with suffixes
 * joining a noun before them and prefixes a noun after them. Numbers, symbols,
 * particles and adjectival suffixes (的) break a run; stop words are trimmed at the
 * edges. `spans` (token ranges of concept mentions such as 規模の経済) are kept as units
 * even though の would break them.
 */
export function extractCompounds(tokens: readonly Token[], grammar: Grammar, spans: readonly { from: number; to: number }[] = []): Compound[] {
  // Each token's role and POS path, looked up once: the run, trim and text steps all ask for them.
  // Tokens whose POS no pattern names (particles, verbs, symbols) are "other" at one lookup.
  const facts = factsFor(grammar);
  const known = new Array<TokenFacts | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) known[i] = facts.unlessOther(tokens[i]!);
  const runs: [number, number][] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) runs.push([start, end]);
    start = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const role = known[i]?.role ?? "other";
    const sameSentence = start >= 0 && tokens[start]!.sentence === token.sentence;
    if (role === "noun" || (role === "suffix" && sameSentence)) {
      if (!sameSentence) close(i);
      if (start < 0) start = i;
    } else if (role === "prefix") {
      close(i);
      start = i;
    } else {
      close(i);
    }
  }
  close(tokens.length);
  const compounds: Compound[] = [];
  for (const [from, to] of mergeSpans(runs, spans)) {
    let first = from;
    let end = to;
    // Drops prefixes that end a run, suffixes that start one, and stop words at either edge.
    while (first < end && (known[first]?.role === "suffix" || grammar.stopWords.has(tokens[first]!.surface))) first++;
    while (end > first && (known[end - 1]?.role === "prefix" || grammar.stopWords.has(tokens[end - 1]!.surface))) end--;
    if (end > first) compounds.push(toCompound(tokens, known, facts, first, end));
  }
  return compounds;
}

/** Runs never overlap each other, so any overlap involves a span: merge it into one unit. */
function mergeSpans(runs: [number, number][], spans: readonly { from: number; to: number }[]): [number, number][] {
  if (spans.length === 0) return runs;
  const all = [...runs, ...spans.map((s): [number, number] => [s.from, s.to])].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function toCompound(tokens: readonly Token[], known: (TokenFacts | undefined)[], facts: FactsLookup, from: number, to: number): Compound {
  const parts: string[] = [];
  const tags: string[] = [];
  let text = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const latin = text !== "" && mayBeLatin(t.surface.charCodeAt(0)) && mayBeLatin(text.charCodeAt(text.length - 1)) && LATIN_START.test(t.surface) && LATIN_END.test(text);
    text += (latin ? " " : "") + t.surface;
    const { role, path } = (known[i] ??= facts.of(t));
    if (role === "noun") parts.push(t.surface);
    else if (parts.length > 0 && role === "suffix") parts[parts.length - 1] += t.surface;
    else if (role === "suffix" || role === "prefix") parts.push(t.surface);
    tags.push(path);
  }
  const after = tokens[to];
  const next = after !== undefined && after.sentence === tokens[from]!.sentence ? facts.next((known[to] ??= facts.of(after)), after.surface) : "";
  return { from, to, text, parts: parts.length > 0 ? parts : [text], sentence: tokens[from]!.sentence, tags, next };
}

const LATIN_START = /^[\p{Script=Latin}\d]/u;
const LATIN_END = /[\p{Script=Latin}\d]$/u;

/**
 * False for a UTF-16 unit that is surely neither a Latin letter nor a digit (kana, CJK
 * ideographs and the other blocks in between), so most tokens skip the two regexes.
 */
function mayBeLatin(unit: number): boolean {
  return unit < 0x3000 || unit >= 0xa700;
}

/** What the steps ask of a token: its compound role and its POS path ("名詞,接尾,一般,*"). */
interface TokenFacts {
  readonly role: TokenRole;
  readonly path: string;
  /** `path:surface` strings made so far, one string per surface, for `next`. */
  readonly next: Map<string, string>;
}

/** How many `next` strings a POS path keeps: words after a unit are mostly particles, a few thousand at most. */
const NEXT_KEPT = 4096;

/** A token's facts, and a quicker answer for tokens whose POS alone makes them "other". */
interface FactsLookup {
  of(t: Token): TokenFacts;
  /** The facts, or undefined when the token's POS (first field) is named by no pattern: it is "other". */
  unlessOther(t: Token): TokenFacts | undefined;
  /**
   * `path:surface` for the token after a unit. The same string each time for the same
   * word, so the term filters that judge it can keep their answers by it.
   */
  next(facts: TokenFacts, surface: string): string;
}

/** Per first POS field: whether a pattern can match it at all, and the facts below it. */
interface PosNode {
  readonly other: boolean;
  readonly below: Map<string, Map<string, Map<string, TokenFacts>>>;
}

// A few hundred distinct POS tuples occur: their facts are worked out once per grammar and
// found by four map lookups, with no key built, which keeps a big document's units cheap.
const FACTS = new WeakMap<Grammar, FactsLookup>();

function factsFor(grammar: Grammar): FactsLookup {
  let found = FACTS.get(grammar);
  if (found === undefined) {
    const patterns = [grammar.noun, grammar.suffix, grammar.prefix, grammar.adjectival].flat();
    const root = new Map<string, PosNode>();
    const nodeOf = (pos: string): PosNode => {
      let node = root.get(pos);
      if (node === undefined) {
        node = { other: !patterns.some((p) => p.length === 0 || p[0] === "*" || p[0] === pos), below: new Map() };
        root.set(pos, node);
      }
      return node;
    };
    const below = (node: PosNode, t: Token): TokenFacts => {
      let byDetail2 = node.below.get(t.posDetail1);
      if (byDetail2 === undefined) node.below.set(t.posDetail1, (byDetail2 = new Map()));
      let byDetail3 = byDetail2.get(t.posDetail2);
      if (byDetail3 === undefined) byDetail2.set(t.posDetail2, (byDetail3 = new Map()));
      let facts = byDetail3.get(t.posDetail3);
      if (facts === undefined) {
        facts = { role: roleOf(t, grammar), path: `${t.pos},${t.posDetail1},${t.posDetail2},${t.posDetail3}`, next: new Map() };
        byDetail3.set(t.posDetail3, facts);
      }
      return facts;
    };
    found = {
      of: (t) => below(nodeOf(t.pos), t),
      unlessOther: (t) => {
        const node = nodeOf(t.pos);
        return node.other ? undefined : below(node, t);
      },
      next: (facts, surface) => {
        let text = facts.next.get(surface);
        if (text === undefined) {
          text = `${facts.path}:${surface}`;
          if (facts.next.size < NEXT_KEPT) facts.next.set(surface, text);
        }
        return text;
      },
    };
    FACTS.set(grammar, found);
  }
  return found;
}

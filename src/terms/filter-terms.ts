import type { Compound } from "../compound/compound.js";
import type { PosPattern } from "../grammar/pos-pattern.js";
import type { Corpus } from "./count-terms.js";
import type { TermRules } from "./term-rules.js";

/** Why a text is not shown as a term; undefined when it is one. */
export type TermRejection = "stop" | "short" | "no-letter" | "text" | "alone" | "deictic" | "adjectival";

/**
 * The texts of the corpus that are not terms, with the rule that drops each.
 *
 * - `keep` list: never dropped;
 * - `stop` list: dropped;
 * - fewer than `minChars` code points (一, 社), or no letter at all (numbers, symbols);
 * - matching a `rejectText` pattern (a lone lowercase Latin word: li, this, name);
 * - made only of `notAlone` tokens (独自, 今回, 同様): such a word names no thing by itself,
 *   though it may be part of a term (独自技術);
 * - starting with a `deicticFirst` token (本プロジェクト, 同業界): it points at a thing named elsewhere;
 * - used as an adjective or adverb in at least half its occurrences (大規模な, 大規模に).
 *
 * Units without POS facts (`tags`, `next`) are judged by their text only.
 */
export function rejectTerms(corpus: Corpus, rules: TermRules): Map<string, TermRejection> {
  const seen = new Map<string, ShapeTally>();
  const shape = occurrenceShaper(rules);
  for (const compounds of corpus) {
    for (const compound of compounds) {
      let entry = seen.get(compound.text);
      if (entry === undefined) {
        entry = { occurrences: 0, adjectival: 0, alone: false, deictic: false };
        seen.set(compound.text, entry);
      }
      const one = shape(compound);
      entry.occurrences += 1;
      if (one.adjectival) entry.adjectival += 1;
      if (one.alone) entry.alone = true;
      if (one.deictic) entry.deictic = true;
    }
  }
  const rejected = new Map<string, TermRejection>();
  for (const [text, entry] of seen) {
    const why = termRejection(text, entry, rules);
    if (why !== undefined) rejected.set(text, why);
  }
  return rejected;
}

/**
 * What the filters need to know about one text, summed over its occurrences: counts and
 * an "or", so per-document tallies (partial results, shards) add up to the corpus's.
 */
export interface ShapeTally {
  occurrences: number;
  /** Occurrences used as an adjective or adverb (followed by an `adjectival_after` token). */
  adjectival: number;
  /** Some occurrence is made only of `notAlone` tokens. */
  alone: boolean;
  /** Some occurrence starts with a `deicticFirst` token. */
  deictic: boolean;
}

/** Judges one occurrence (a map stage can tally these per document). */
export function occurrenceShaper(rules: TermRules): (compound: Compound) => { adjectival: boolean; alone: boolean; deictic: boolean } {
  const { notAlone, adjectivalBefore, deicticFirst } = matchCaches(rules);
  return (compound) => ({
    adjectival: isAdjectival(compound, adjectivalBefore),
    alone: compound.tags !== undefined && compound.tags.length > 0 && compound.tags.every(notAlone),
    deictic: isDeictic(compound, deicticFirst),
  });
}

/**
 * The answers that depend on a POS path only, or on the token after a unit, kept per rules
 * (a shaper is made per document; a corpus has a few hundred distinct paths, and the
 * `next` strings of extract-compounds.ts are shared, so each is judged once).
 */
interface MatchCaches {
  /** Whether a token with this path cannot make a term on its own. */
  readonly notAlone: (tag: string) => boolean;
  /** Whether a unit followed by this token (`path:surface`) is used as an adjective or adverb there. */
  readonly adjectivalBefore: (next: string) => boolean;
  /** The surfaces a unit may start with to point elsewhere when its first token has this path. */
  readonly deicticFirst: (tag: string) => readonly string[];
}

/** How many `next` answers to keep: enough for the words that follow units, bounded on any input. */
const NEXT_KEPT = 16384;

const CACHES = new WeakMap<TermRules, MatchCaches>();

function matchCaches(rules: TermRules): MatchCaches {
  let caches = CACHES.get(rules);
  if (caches === undefined) {
    const notAlone = new Map<string, boolean>();
    const adjectival = new Map<string, boolean>();
    const deictic = new Map<string, readonly string[]>();
    caches = {
      notAlone: (tag) => {
        let hit = notAlone.get(tag);
        if (hit === undefined) {
          hit = matchesPath(tag, rules.notAlone);
          notAlone.set(tag, hit);
        }
        return hit;
      },
      adjectivalBefore: (next) => {
        let hit = adjectival.get(next);
        if (hit === undefined) {
          hit = isAdjectivalBefore(next, rules);
          if (adjectival.size < NEXT_KEPT) adjectival.set(next, hit);
        }
        return hit;
      },
      deicticFirst: (tag) => {
        let surfaces = deictic.get(tag);
        if (surfaces === undefined) {
          surfaces = rules.deicticFirst.filter((d) => matchesPath(tag, [d.pos])).map((d) => d.surface);
          deictic.set(tag, surfaces);
        }
        return surfaces;
      },
    };
    CACHES.set(rules, caches);
  }
  return caches;
}

/** Why a text with this tally is not a term, or undefined when it is one. */
export function termRejection(text: string, entry: Readonly<ShapeTally>, rules: TermRules): TermRejection | undefined {
  if (rules.keep.has(text)) return undefined;
  if (rules.stop.has(text)) return "stop";
  if ([...text].length < rules.minChars) return "short";
  if (!/\p{L}/u.test(text)) return "no-letter";
  if (rules.rejectText.some((r) => r.test(text))) return "text";
  if (entry.alone) return "alone";
  if (entry.deictic) return "deictic";
  if (entry.adjectival * 2 >= entry.occurrences) return "adjectival";
  return undefined;
}

function isDeictic(compound: Compound, deicticFirst: MatchCaches["deicticFirst"]): boolean {
  const first = compound.tags?.[0];
  if (first === undefined || compound.tags!.length < 2) return false;
  const surfaces = deicticFirst(first);
  for (const surface of surfaces) if (compound.text.startsWith(surface)) return true;
  return false;
}

function isAdjectival(compound: Compound, adjectivalBefore: MatchCaches["adjectivalBefore"]): boolean {
  const next = compound.next;
  return next !== undefined && next !== "" && adjectivalBefore(next);
}

/** Whether the token after a unit (`path:surface`) is one of the rules' adjectival_after. */
function isAdjectivalBefore(next: string, rules: TermRules): boolean {
  const colon = next.indexOf(":");
  const path = next.slice(0, colon);
  const surface = next.slice(colon + 1);
  return rules.adjectivalAfter.some((a) => a.surface === surface && matchesPath(path, [a.pos]));
}

/** "名詞,形容動詞語幹,*,*" against patterns such as "名詞,形容動詞語幹" (prefix match, * any). */
function matchesPath(path: string, patterns: readonly PosPattern[]): boolean {
  const parts = path.split(",");
  return patterns.some((p) => p.every((part, i) => part === "*" || part === parts[i]));
}

/** The corpus without the rejected texts' units. */
export function dropRejected(corpus: Corpus, rejected: ReadonlyMap<string, unknown>): Compound[][] {
  if (rejected.size === 0) return corpus.map((d) => [...d]);
  return corpus.map((compounds) => compounds.filter((c) => !rejected.has(c.text)));
}

import type { Compound } from "../compound/compound.js";
import { extractCompounds } from "../compound/extract-compounds.js";
import type { Mention } from "../concepts/mention.js";
import type { Grammar } from "../grammar/load-grammar.js";
import { compareCodePoints } from "../text/compare-code-points.js";
import { partsKey, partsOf, PART_SEPARATOR } from "../terms/count-terms.js";
import { occurrenceShaper } from "../terms/filter-terms.js";
import type { TermRules } from "../terms/term-rules.js";
import type { TokenWindow } from "../pipeline.js";
import type { DocumentTerm } from "./document-result.js";

/** A document's compounds tallied by text, added one at a time. */
export function createTermTally(rules?: TermRules): { add(compound: Compound, concept: string): void; terms(): DocumentTerm[] } {
  const byText = new Map<string, { count: number; segmentations: Map<string, number>; concepts: Map<string, number>; sentences: number[]; shape: [number, number, number] }>();
  const shaper = rules === undefined ? undefined : occurrenceShaper(rules);
  return {
    add(compound, concept) {
      let entry = byText.get(compound.text);
      if (entry === undefined) {
        entry = { count: 0, segmentations: new Map(), concepts: new Map(), sentences: [], shape: [0, 0, 0] };
        byText.set(compound.text, entry);
      }
      entry.count++;
      if (shaper) {
        const s = shaper(compound);
        if (s.adjectival) entry.shape[0]++;
        if (s.alone) entry.shape[1] = 1;
        if (s.deictic) entry.shape[2] = 1;
      }
      increment(entry.segmentations, partsKey(partsOf(compound)));
      if (concept !== "") increment(entry.concepts, concept);
      if (entry.sentences[entry.sentences.length - 1] !== compound.sentence) entry.sentences.push(compound.sentence);
    },
    terms: () =>
      [...byText].map(([text, e]) => ({
        text,
        count: e.count,
        segmentations: sortedPairs(e.segmentations).map(([key, n]): [string[], number] => [key.split(PART_SEPARATOR), n]),
        concepts: sortedPairs(e.concepts),
        sentences: ascending(e.sentences) ? e.sentences : [...new Set(e.sentences)].sort((a, b) => a - b),
        ...(e.shape[0] + e.shape[1] + e.shape[2] > 0 ? { shape: e.shape } : {}),
      })),
  };
}

/**
 * A document's compound terms, a sentence at a time (a compound never crosses a
 * sentence, and concept mentions are kept whole as units): its share of what term
 * scoring needs. A window of a long sentence gives the compounds that start in it, read
 * whole from the context on its sides, so window edges never cut one.
 */
export function createTermCollector(
  grammar: Grammar,
  rules?: TermRules,
): {
  addWindow(window: TokenWindow): void;
  terms(): DocumentTerm[];
} {
  const tally = createTermTally(rules);
  return {
    addWindow({ tokens, from, to, mentions }) {
      for (const compound of extractCompounds(tokens, grammar, mentions)) {
        if (compound.from >= from && compound.from < to) tally.add(compound, conceptOf(compound, mentions));
      }
    },
    terms: tally.terms,
  };
}

/** The concept of the first mention lying wholly inside the compound, or "". */
function conceptOf(compound: Compound, mentions: readonly Mention[]): string {
  for (const m of mentions) if (m.from >= compound.from && m.from < compound.to && m.to <= compound.to) return m.concept;
  return "";
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sortedPairs(map: ReadonlyMap<string, number>): [string, number][] {
  return map.size < 2 ? [...map] : [...map].sort((a, b) => compareCodePoints(a[0], b[0]));
}

/** Sentences come in order from a document's compounds: sorting them again is only for other callers. */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! <= list[i - 1]!) return false;
  return true;
}

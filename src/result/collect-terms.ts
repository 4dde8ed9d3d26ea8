import type { Compound } from "../compound/compound.js";
import { extractCompounds } from "../compound/extract-compounds.js";
import type { Mention } from "../concepts/mention.js";
import type { Grammar } from "../grammar/load-grammar.js";
import { compareCodePoints } from "../text/compare-code-points.js";
import { partsKey, partsOf } from "../terms/count-terms.js";
import { occurrenceShaper } from "../terms/filter-terms.js";
import type { TermRules } from "../terms/term-rules.js";
import type { TokenWindow } from "../pipeline.js";
import type { DocumentTerm } from "./document-result.js";

/** One text's occurrences so far. Most texts have one segmentation and at most one concept: those need no map. */
interface TermEntry {
  count: number;
  /** The first segmentation seen, and how often it occurred; others in `segmentations`. */
  readonly parts: readonly string[];
  partsCount: number;
  segmentations: Map<string, [readonly string[], number]> | undefined;
  /** The first concept named, and how often; others in `concepts`. */
  concept: string;
  conceptCount: number;
  concepts: Map<string, number> | undefined;
  readonly sentences: number[];
  readonly shape: [number, number, number];
}

/** A document's compounds tallied by text, added one at a time. */
export function createTermTally(rules?: TermRules): { add(compound: Compound, concept: string): void; terms(): DocumentTerm[] } {
  const byText = new Map<string, TermEntry>();
  const shaper = rules === undefined ? undefined : occurrenceShaper(rules);
  return {
    add(compound, concept) {
      const parts = partsOf(compound);
      let entry = byText.get(compound.text);
      if (entry === undefined) {
        entry = { count: 0, parts, partsCount: 0, segmentations: undefined, concept: "", conceptCount: 0, concepts: undefined, sentences: [], shape: [0, 0, 0] };
        byText.set(compound.text, entry);
      }
      entry.count++;
      if (shaper) {
        const s = shaper(compound);
        if (s.adjectival) entry.shape[0]++;
        if (s.alone) entry.shape[1] = 1;
        if (s.deictic) entry.shape[2] = 1;
      }
      if (sameParts(entry.parts, parts)) entry.partsCount++;
      else {
        entry.segmentations ??= new Map();
        const key = partsKey(parts);
        const seen = entry.segmentations.get(key);
        if (seen === undefined) entry.segmentations.set(key, [parts, 1]);
        else seen[1]++;
      }
      if (concept !== "") {
        if (entry.conceptCount === 0 || entry.concept === concept) {
          entry.concept = concept;
          entry.conceptCount++;
        } else {
          entry.concepts ??= new Map();
          entry.concepts.set(concept, (entry.concepts.get(concept) ?? 0) + 1);
        }
      }
      if (entry.sentences[entry.sentences.length - 1] !== compound.sentence) entry.sentences.push(compound.sentence);
    },
    terms: () => {
      const terms: DocumentTerm[] = [];
      byText.forEach((e, text) => {
        const segmentations = segmentationsOf(e);
        const concepts = conceptsOf(e);
        const sentences = ascending(e.sentences) ? e.sentences : [...new Set(e.sentences)].sort((a, b) => a - b);
        terms.push(
          e.shape[0] + e.shape[1] + e.shape[2] > 0
            ? { text, count: e.count, segmentations, concepts, sentences, shape: e.shape }
            : { text, count: e.count, segmentations, concepts, sentences },
        );
      });
      return terms;
    },
  };
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Each segmentation with how often it occurred, sorted by parts (joined, in code-point order). */
function segmentationsOf(e: TermEntry): [readonly string[], number][] {
  if (e.segmentations === undefined) return [[e.parts, e.partsCount]];
  const all: [string, readonly string[], number][] = [[partsKey(e.parts), e.parts, e.partsCount], ...[...e.segmentations].map(([key, [parts, n]]): [string, readonly string[], number] => [key, parts, n])];
  return all.sort((a, b) => compareCodePoints(a[0], b[0])).map(([, parts, n]) => [parts, n]);
}

/** Each concept named with how often, sorted by concept. */
function conceptsOf(e: TermEntry): [string, number][] {
  if (e.conceptCount === 0) return [];
  if (e.concepts === undefined) return [[e.concept, e.conceptCount]];
  return [[e.concept, e.conceptCount] as [string, number], ...e.concepts].sort((a, b) => compareCodePoints(a[0], b[0]));
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

/** Sentences come in order from a document's compounds: sorting them again is only for other callers. */
function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]! <= list[i - 1]!) return false;
  return true;
}

import type { Compound } from "../compound/compound.js";
import type { DocumentTerm } from "../result/document-result.js";
import { compareCodePoints } from "../text/compare-code-points.js";
import { createTermTally } from "../result/collect-terms.js";
import { PART_SEPARATOR, partsKey, type Corpus, type TermStats } from "./count-terms.js";

/** Everything known about one compound text over the documents added so far. */
export interface TermEntry {
  /** Occurrences as a unit of its own. */
  frequency: number;
  /** Documents with at least one occurrence. */
  documents: number;
  /** The most occurrences in any one document (TF-IDF's max term frequency). */
  maxInDocument: number;
  /** Segmentation (partsKey) → occurrences: FLR's adjacency and C-value's nesting read these. */
  readonly segmentations: Map<string, number>;
  /** Concept → occurrences that name it. */
  readonly concepts: Map<string, number>;
  /** (document, sentence) pairs it occurs in: |S(t)| of term suggestions. */
  sentences: number;
  /** Summed shape of the occurrences (DocumentTerm.shape): adjectival uses, alone (0/1), deictic (0/1). */
  readonly shape: [number, number, number];
}

/** Sentence co-occurrence of terms and concepts, for `terms --suggest`. */
export interface SuggestTally {
  /** Concept → (document, sentence) pairs mentioning it. */
  readonly conceptSentences: Map<string, number>;
  /** Term → concept → shared sentences and documents with at least one. */
  readonly shared: Map<string, Map<string, { sentences: number; documents: number }>>;
}

/**
 * The corpus as term scoring sees it: sums, maxima and tallies only, so documents can be
 * added in any order, in any number of runs, and give the same table.
 */
export interface TermTable {
  readonly documents: number;
  readonly terms: ReadonlyMap<string, TermEntry>;
  readonly suggest?: SuggestTally;
}

export interface TermTableBuilder {
  /** One document's terms and, for suggestions, the sentences mentioning each concept. */
  add(terms: readonly DocumentTerm[], conceptSentences?: ReadonlyMap<string, readonly number[]>): void;
  table(): TermTable;
}

export function createTermTable(options: { readonly suggest?: boolean } = {}): TermTableBuilder {
  let documents = 0;
  const terms = new Map<string, TermEntry>();
  const suggest: SuggestTally | undefined = options.suggest ? { conceptSentences: new Map(), shared: new Map() } : undefined;
  return {
    add(docTerms, conceptSentences = new Map()) {
      documents++;
      for (const t of docTerms) {
        let entry = terms.get(t.text);
        if (entry === undefined) {
          entry = { frequency: 0, documents: 0, maxInDocument: 0, segmentations: new Map(), concepts: new Map(), sentences: 0, shape: [0, 0, 0] };
          terms.set(t.text, entry);
        }
        entry.frequency += t.count;
        entry.documents += 1;
        entry.maxInDocument = Math.max(entry.maxInDocument, t.count);
        entry.sentences += t.sentences.length;
        if (t.shape !== undefined) {
          entry.shape[0] += t.shape[0];
          entry.shape[1] = Math.max(entry.shape[1], t.shape[1]);
          entry.shape[2] = Math.max(entry.shape[2], t.shape[2]);
        }
        for (const [parts, n] of t.segmentations) add(entry.segmentations, partsKey(parts), n);
        for (const [concept, n] of t.concepts) add(entry.concepts, concept, n);
      }
      if (suggest) addShared(suggest, docTerms, conceptSentences);
    },
    table: () => (suggest ? { documents, terms, suggest } : { documents, terms }),
  };
}

function addShared(tally: SuggestTally, docTerms: readonly DocumentTerm[], conceptSentences: ReadonlyMap<string, readonly number[]>): void {
  for (const [concept, sentences] of conceptSentences) {
    if (sentences.length === 0) continue;
    add(tally.conceptSentences, concept, sentences.length);
    const withConcept = new Set(sentences);
    for (const t of docTerms) {
      let n = 0;
      for (const s of t.sentences) if (withConcept.has(s)) n++;
      if (n === 0) continue;
      let byConcept = tally.shared.get(t.text);
      if (byConcept === undefined) {
        byConcept = new Map();
        tally.shared.set(t.text, byConcept);
      }
      const cell = byConcept.get(concept) ?? { sentences: 0, documents: 0 };
      byConcept.set(concept, { sentences: cell.sentences + n, documents: cell.documents + 1 });
    }
  }
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * Each text with its segmentation, in code-point order of text: the one seen most often wins, ties going to the
 * smallest by code point, so the choice never depends on input order.
 */
export function termStatsOf(table: TermTable): Map<string, TermStats> {
  const stats = new Map<string, TermStats>();
  // In code-point order, so whatever reads them in turn never depends on input order.
  for (const [text, entry] of [...table.terms].sort((a, b) => compareCodePoints(a[0], b[0]))) {
    const best = mostFrequent(entry.segmentations);
    stats.set(text, { text, parts: best.split(PART_SEPARATOR), frequency: entry.frequency, documents: entry.documents });
  }
  return stats;
}

/** The key counted most often, ties to the smallest by code point ("" for an empty map). */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let bestKey = "";
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && compareCodePoints(key, bestKey) < 0)) {
      bestKey = key;
      bestCount = count;
    }
  }
  return bestKey;
}

/** A document's compounds tallied by text (what `mapDocument` records). */
export function documentTerms(compounds: readonly Compound[]): DocumentTerm[] {
  const tally = createTermTally();
  for (const c of compounds) tally.add(c, "");
  return tally.terms();
}

/** The table of a corpus given as compounds per document (and, for suggestions, mentions). */
export function termTableOf(corpus: Corpus, mentions?: readonly (readonly { concept: string; sentence: number }[])[]): TermTable {
  const builder = createTermTable({ suggest: mentions !== undefined });
  corpus.forEach((compounds, d) => {
    const conceptSentences = new Map<string, number[]>();
    for (const m of mentions?.[d] ?? []) {
      const list = conceptSentences.get(m.concept) ?? [];
      if (!list.includes(m.sentence)) list.push(m.sentence);
      conceptSentences.set(m.concept, list);
    }
    builder.add(documentTerms(compounds), conceptSentences);
  });
  return builder.table();
}

/**
 * Groups the corpus's compound units by text.
 *
 * Terms are keyed by text because that is what users see and what the dictionary
 * matches. The same text can, rarely, come with different parts (kuromoji splitting
 * differently in different contexts); the segmentation seen most often wins, ties
 * going to the smallest by code point, so the choice never depends on input order.
 */
export function countTerms(corpus: Corpus): Map<string, TermStats> {
  return termStatsOf(termTableOf(corpus));
}

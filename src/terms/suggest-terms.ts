import { partsOf, type Corpus } from "./count-terms.js";
import { countTerms } from "./term-table.js";
import { dropRejected, rejectTerms } from "./filter-terms.js";
import { checkCount, compareScoredTerms, orderConcepts, roundScore, type ScoredTerm, type TermRow } from "./order-terms.js";
import { scoreKeyness } from "./score-keyness.js";
import type { TermReference } from "./term-reference.js";
import type { TermRules } from "./term-rules.js";

/** A concept mention, located only as far as co-occurrence needs: its sentence. */
export interface ConceptMention {
  readonly concept: string;
  /** 0-based sentence number within the document, as in `Compound.sentence`. */
  readonly sentence: number;
}

/** Where a unit occurs in the original input: 1-based line and column (code points). */
export interface TermPlace {
  readonly line: number;
  readonly column: number;
}

export interface SuggestTermsOptions {
  /**
   * Whether a compound is already covered by the dictionary. Called once per distinct
   * text; a caller wanting "is or contains a dictionary term" decides that here.
   */
  readonly isDictionaryTerm: (text: string) => boolean;
  /** Keep the first `top` suggestions of each concept; all when absent. */
  readonly top?: number;
  /**
   * Minimum number of sentences a term must share with the concept to count as near it;
   * default 2. One shared sentence is one accident of phrasing, and with Jaccard a term
   * seen once next to a rarely mentioned concept would otherwise score near 1.
   */
  readonly minCooccurrence?: number;
  /** Concept ids in the order to report them (dictionary order); others follow by code point. */
  readonly concepts?: readonly string[];
  /** Only this concept (`--suggest CONCEPT`). */
  readonly only?: string;
  /** Each concept's dictionary spellings: a term whose head (last noun) ends one of them shares its head. */
  readonly spellings?: ReadonlyMap<string, readonly string[]>;
  /** What may stand as a term. */
  readonly rules?: TermRules;
  /**
   * With a reference, only distinctive terms are suggested: significantly more frequent
   * than in it (keyness), and not everyday words by its account (企業, 価値, 規模).
   */
  readonly reference?: TermReference;
  /** Per document, the place of each unit (parallel to `corpus[d]`), for the `example` column. */
  readonly places?: readonly (readonly TermPlace[])[];
  /** Document names for the `example` column. */
  readonly documents?: readonly string[];
}

/** A suggestion with its evidence. */
export interface SuggestionRow extends TermRow {
  /** Sentences the term shares with the concept's mentions. */
  readonly near: number;
  /** Why it is suggested: it occurs near the mentions, shares the concept's head, or both. */
  readonly reason: "near" | "head" | "near+head";
  /** `document:line:column` of an occurrence: the first one near a mention when there is one. */
  readonly example: string;
}

/**
 * Suggests new dictionary terms for each concept: distinctive compounds, not yet
 * dictionary terms, that share sentences with the concept's mentions or share the head
 * noun of one of its spellings (ロックイン効果 for ネットワーク効果).
 *
 * `corpus[d]` and `mentions[d]` describe the same document d.
 *
 * Association is the Jaccard coefficient over sentences:
 *
 *     J(t, c) = |S(t) ∩ S(c)| / |S(t) ∪ S(c)|
 *
 * S(t) = sentences (of any document) containing the compound t as a unit, S(c) =
 * sentences with at least one mention of concept c. Why Jaccard:
 * - it is the default of KH Coder's 関連語検索 and 共起ネットワーク, which this tool's
 *   users already read, so the numbers mean what they expect;
 * - it ignores sentences that have neither (almost all of them), so appending unrelated
 *   text to the corpus does not change a score, unlike PMI or chi-square, which depend
 *   on the total number of sentences;
 * - it is bounded in [0, 1] and penalises terms frequent everywhere (市場, 企業) through
 *   the union, without PMI's bias toward terms seen once (the minCooccurrence floor
 *   guards the other end). Dice, 2|∩| / (|S(t)| + |S(c)|), ranks identically.
 * A term that only shares the head scores its Jaccard too (often 0) and so comes after
 * the terms near the mentions.
 *
 * Each row: `frequency` and `documents` are the term's own totals, `near` the shared
 * sentences, `rank` counts within its concept. A term near two concepts yields two rows.
 */
export function suggestTerms(
  corpus: Corpus,
  mentions: readonly (readonly ConceptMention[])[],
  options: SuggestTermsOptions,
): SuggestionRow[] {
  if (corpus.length !== mentions.length) {
    throw new RangeError(`corpus has ${corpus.length} documents but mentions has ${mentions.length}`);
  }
  checkCount("top", options.top);
  checkCount("minCooccurrence", options.minCooccurrence);
  const minCooccurrence = options.minCooccurrence ?? 2;

  const total = corpus.reduce((sum, d) => sum + d.length, 0);
  const rejected = options.rules === undefined ? new Map<string, unknown>() : rejectTerms(corpus, options.rules);
  const terms = countTerms(dropRejected(corpus, rejected));
  const keyness = options.reference === undefined ? undefined : scoreKeyness(terms.values(), total, options.reference);

  // Sentence ids are global ("document:sentence") so S(t) and S(c) span the corpus.
  const conceptSentences = new Map<string, Set<string>>();
  const termSentences = new Map<string, Set<string>>();
  const firstPlace = new Map<string, string>();
  const dictionaryCache = new Map<string, boolean>();
  const candidate = (text: string): boolean => {
    let known = dictionaryCache.get(text);
    if (known === undefined) {
      const k = keyness?.get(text);
      known = rejected.has(text) || options.isDictionaryTerm(text) || (keyness !== undefined && (k?.key !== true || k.general));
      dictionaryCache.set(text, known);
    }
    return !known;
  };
  corpus.forEach((compounds, document) => {
    for (const mention of mentions[document] ?? []) {
      addTo(conceptSentences, mention.concept, sentenceId(document, mention.sentence));
    }
    compounds.forEach((compound, index) => {
      if (!candidate(compound.text)) return;
      const id = sentenceId(document, compound.sentence);
      addTo(termSentences, compound.text, id);
      const place = options.places?.[document]?.[index];
      if (place === undefined) return;
      const where = `${options.documents?.[document] ?? document}:${place.line}:${place.column}`;
      if (!firstPlace.has(compound.text)) firstPlace.set(compound.text, where);
      const nearKey = `${id}\u0000${compound.text}`;
      if (!firstPlace.has(nearKey)) firstPlace.set(nearKey, where);
    });
  });

  const concepts = orderConcepts([...new Set([...conceptSentences.keys(), ...(options.spellings?.keys() ?? [])])], options.concepts ?? []);
  const rows: SuggestionRow[] = [];
  for (const concept of concepts) {
    if (options.only !== undefined && concept !== options.only) continue;
    const withConcept = conceptSentences.get(concept) ?? new Set<string>();
    const spellings = options.spellings?.get(concept) ?? [];
    const found: (ScoredTerm & Omit<SuggestionRow, keyof TermRow>)[] = [];
    for (const [term, withTerm] of termSentences) {
      const shared = [...withTerm].filter((id) => withConcept.has(id));
      const near = shared.length > 0 && shared.length >= minCooccurrence;
      const stats = terms.get(term);
      const head = stats === undefined ? undefined : partsOf(stats).at(-1);
      const sharesHead = head !== undefined && stats!.parts.length > 1 && [...head].length >= 2 && spellings.some((s) => s !== term && s.endsWith(head));
      if (!near && !sharesHead) continue;
      const union = withTerm.size + withConcept.size - shared.length;
      const firstShared = [...shared].sort()[0];
      found.push({
        term,
        score: shared.length / union,
        frequency: stats?.frequency ?? 0,
        documents: stats?.documents ?? 0,
        near: shared.length,
        reason: near && sharesHead ? "near+head" : near ? "near" : "head",
        example: (near && firstShared !== undefined ? firstPlace.get(`${firstShared}\u0000${term}`) : undefined) ?? firstPlace.get(term) ?? "",
      });
    }
    found.sort(compareScoredTerms);
    const kept = options.top === undefined ? found : found.slice(0, options.top);
    kept.forEach((item, index) =>
      rows.push({
        rank: index + 1,
        term: item.term,
        score: roundScore(item.score),
        frequency: item.frequency,
        documents: item.documents,
        concept,
        near: item.near,
        reason: item.reason,
        example: item.example,
      }),
    );
  }
  return rows;
}

function sentenceId(document: number, sentence: number): string {
  return `${document}:${sentence}`;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

import type { TermRules } from "../terms/term-rules.js";
import type { DocumentCounts } from "../report/analyze-rows.js";

/**
 * What the pure core keeps of one document: everything any report needs later, and no
 * totals. Reports (rows, summary, groups, co-occurrence, terms) are reductions over these,
 * in one run and in `kouka merge` alike; a partial file is these written down.
 */
export interface DocumentResult extends DocumentCounts {
  /** The folder of the file the document came from (`--by dir`); absent for standard input. */
  readonly dir?: string;
  /** Record fields (JSONL/CSV), for `--by FIELD`; empty for plain files. */
  readonly meta: Readonly<Record<string, string>>;
  /** Per concept (dictionary order): the 0-based sentences that mention it, ascending. */
  readonly conceptSentences: readonly (readonly number[])[];
  /** The document's compound terms, when asked for (terms, partials). */
  readonly terms?: readonly DocumentTerm[];
}

/** One compound text of a document, with what FLR, C-value, TF-IDF and suggestions need. */
export interface DocumentTerm {
  readonly text: string;
  /** Occurrences as a unit of its own. */
  readonly count: number;
  /** Each segmentation into simple nouns (parts) seen, with how often; sorted by parts. */
  readonly segmentations: readonly (readonly [readonly string[], number])[];
  /** Concepts the occurrences name (a term that is or contains a dictionary term), with how often. */
  readonly concepts: readonly (readonly [string, number])[];
  /** 0-based sentences it occurs in, ascending. */
  readonly sentences: readonly number[];
  /**
   * What the term filters judge, summed over the occurrences (filter-terms.ts
   * occurrenceShaper): [used adjectivally, some made only of not-alone tokens (0/1), some
   * deictic (0/1)]; absent when all are 0 or no rules were given.
   */
  readonly shape?: readonly [number, number, number];
}

/** What to compute beyond counts: compounds cost a little time and space. */
export interface ResultParts {
  readonly terms: boolean;
  /** The term rules (dictionaries/terms.yaml) to judge each occurrence by; plain data for workers. */
  readonly rules?: TermRules;
}

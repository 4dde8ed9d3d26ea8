/*
 * The library's public types. They stand alone: the declarations a consumer's type check
 * reads from here name no third-party type (not kuromoji's, not Node's), so a strict
 * `skipLibCheck: false` build needs nothing but kouka. The analyzer's internal results are
 * assigned to these shapes, so a drift between them fails kouka's own build.
 */
import type { Dictionary } from "../dictionary/dictionary.js";

export interface AnalyzerOptions {
  /** Concept dictionaries (YAML); default: kouka's dictionaries/economies.yaml. */
  readonly dictionaries?: readonly string[];
  /** Remove web clutter first (default true). */
  readonly clean?: boolean;
  /** Characters of context on each side of a mention (default 20). */
  readonly width?: number;
}

/** A concept's count in one text, with the evidence summarised. */
export interface ConceptCount {
  readonly concept: string;
  readonly count: number;
  /** Distinct sentences with at least one mention. */
  readonly sentencesWith: number;
  /** Dictionary spellings that matched, with their counts, most frequent first. */
  readonly variants: readonly (readonly [string, number])[];
}

/** A mention where a reader can check it: 1-based line/column (code points) in the text as given. */
export interface MentionRecord {
  readonly line: number;
  readonly column: number;
  readonly concept: string;
  /** The dictionary spelling that matched. */
  readonly term: string;
  /** The evidence as written in the text (a hard wrap inside it shows as it was). */
  readonly matched: string;
  readonly left: string;
  readonly right: string;
}

export interface TextAnalysis {
  readonly document: string;
  /** Code points of the analysed text, whitespace not counted. */
  readonly chars: number;
  /** Word tokens: punctuation, symbols and spaces not counted. */
  readonly tokens: number;
  readonly sentences: number;
  /** Per concept, in dictionary order. */
  readonly counts: readonly ConceptCount[];
  readonly mentions: readonly MentionRecord[];
}

/** What `createAnalyzer` returns: loaded once, then synchronous. */
export interface Analyzer {
  readonly dictionary: Dictionary;
  analyzeText(text: string, document?: string): TextAnalysis;
}

import { countConcepts, type ConceptCount } from "../concepts/count-concepts.js";
import type { Dictionary } from "../dictionary/dictionary.js";
import { analyzeDocument } from "../pipeline.js";
import { documentStats, type DocumentStats } from "../report/document-stats.js";
import { locateMentions, type MentionRecord } from "../report/mention-rows.js";
import { loadResources, DEFAULT_DICTIONARY } from "../resources.js";

export interface AnalyzerOptions {
  /** Concept dictionaries (YAML); default: kouka's dictionaries/economies.yaml. */
  readonly dictionaries?: readonly string[];
  /** Remove web clutter first (default true). */
  readonly clean?: boolean;
  /** Characters of context on each side of a mention (default 20). */
  readonly width?: number;
}

export type { MentionRecord };

export interface TextAnalysis extends DocumentStats {
  readonly document: string;
  /** Per concept, in dictionary order. */
  readonly counts: readonly ConceptCount[];
  readonly mentions: readonly MentionRecord[];
}

export interface Analyzer {
  readonly dictionary: Dictionary;
  analyzeText(text: string, document?: string): TextAnalysis;
}

/** Loads the tokenizer and dictionaries once; the returned analyzer is synchronous. */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const resources = await loadResources(options.dictionaries ?? [DEFAULT_DICTIONARY]);
  const ctx = { ...resources, clean: options.clean ?? true };
  const width = options.width ?? 20;
  return {
    dictionary: resources.dictionary,
    analyzeText(text, document = "-") {
      const analysis = analyzeDocument(text, ctx);
      return {
        document,
        ...documentStats(analysis),
        counts: countConcepts(analysis.mentions, resources.dictionary),
        mentions: locateMentions(analysis, width),
      };
    },
  };
}

/** One-off analysis of a text with the default dictionary (loads kuromoji on first use). */
export async function analyzeText(text: string, options: AnalyzerOptions = {}): Promise<TextAnalysis> {
  return (await createAnalyzer(options)).analyzeText(text);
}

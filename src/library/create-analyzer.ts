import { nameTheFile } from "./name-the-file.js";
import type { Analyzer, AnalyzerOptions, TextAnalysis } from "./types.js";

/** Loads the tokenizer and dictionaries once; the returned analyzer is synchronous. */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  try {
    const { loadAnalyzer } = await import("./analyzer.js");
    return await loadAnalyzer(options);
  } catch (e) {
    throw nameTheFile(e);
  }
}

/** One-off analysis of a text (loads kuromoji on first use; keep an analyzer for many texts). */
export async function analyzeText(text: string, options: AnalyzerOptions = {}): Promise<TextAnalysis> {
  return (await createAnalyzer(options)).analyzeText(text);
}

// kouka's library entry point: re-exports only. Everything heavy (the tokenizer, the
// pipeline, the YAML reader) is loaded by the functions when called, so `import("kouka")`
// is cheap. The types below are kouka's own and stand alone (test/package/public-types).
export { analyzeText, createAnalyzer } from "./library/create-analyzer.js";
export type { Analyzer, AnalyzerOptions, ConceptCount, MentionRecord, TextAnalysis } from "./library/types.js";
export { loadDictionary } from "./library/load-dictionary.js";
export type { Concept, Dictionary, TermSpelling } from "./dictionary/dictionary.js";
export { KoukaError, EXIT } from "./errors.js";
export type { KoukaErrorCode, ExitCode } from "./errors.js";

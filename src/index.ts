// kouka's library entry point: re-exports only.
export { analyzeText, createAnalyzer } from "./library/create-analyzer.js";
export type { Analyzer, AnalyzerOptions, MentionRecord, TextAnalysis } from "./library/create-analyzer.js";
export { loadDictionary } from "./library/load-dictionary.js";
export type { Concept, Dictionary, TermSpelling } from "./dictionary/dictionary.js";
export type { ConceptCount } from "./concepts/count-concepts.js";
export { KoukaError, EXIT } from "./errors.js";
export type { KoukaErrorCode, ExitCode } from "./errors.js";
export { run } from "./cli/run.js";
export type { CliIO } from "./cli/cli-io.js";

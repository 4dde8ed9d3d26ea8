/*
 * Loading a run's resources from disk (an edge of kouka, see test/core-imports.test.ts):
 * the data files (load/data-files.ts), their compiled form's cache (cache/knowledge-cache.ts)
 * and the tokenizer. Kept under its old name for the modules that import it from here.
 */
export { DEFAULT_DICTIONARY } from "./load/data-files.js";
export { checkResources, loadResources } from "./load/load-resources.js";
export type { DataSource, Knowledge, KnowledgeSources, Resources } from "./knowledge/knowledge.js";

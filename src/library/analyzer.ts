import { countConcepts } from "../concepts/count-concepts.js";
import { analyzeDocument } from "../pipeline.js";
import { documentStats } from "../report/document-stats.js";
import { locateMentions } from "../report/mention-rows.js";
import { loadResources, DEFAULT_DICTIONARY } from "../resources.js";
import type { Analyzer, AnalyzerOptions } from "./types.js";

/**
 * The analyzer itself: the tokenizer, the pipeline and the report stages, loaded by
 * createAnalyzer only when it is called, so importing kouka costs next to nothing. Bundled
 * (dist/bundle/lib), it reads and writes the same knowledge cache as the CLI.
 */
export async function loadAnalyzer(options: AnalyzerOptions): Promise<Analyzer> {
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

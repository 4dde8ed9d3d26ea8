import type { Dictionary } from "../dictionary/dictionary.js";
import type { Mention } from "../concepts/mention.js";
import type { TextOrigin } from "../readers/read-document.js";
import { analyzeDocument, type DocumentAnalysis, type PipelineContext } from "../pipeline.js";
import { documentCounts } from "../report/analyze-rows.js";
import { createTermCollector } from "./collect-terms.js";
import type { DocumentResult, ResultParts } from "./document-result.js";

/** A document as the readers give it: its name, text and where it came from. */
export interface DocumentInput {
  readonly document: string;
  readonly text: string;
  readonly dir?: string;
  readonly meta?: Readonly<Record<string, string>>;
  /** Where the text is written when it is not the file itself (HTML, Markdown, records); mentions only. */
  readonly origin?: TextOrigin;
}

/**
 * The map step: one document through every stage into its per-document result. Tokens
 * are dropped a sentence at a time (compounds are taken per sentence), so a huge
 * document is never held as tokens.
 */
export function mapDocument(
  input: DocumentInput,
  ctx: PipelineContext & { readonly dictionary: Dictionary },
  parts: ResultParts,
  /** Sees the analysis before it is dropped (the report locates its mentions). */
  onAnalysis?: (analysis: DocumentAnalysis) => void,
): DocumentResult {
  const collector = parts.terms ? createTermCollector(ctx.grammar, parts.rules) : undefined;
  const analysis = analyzeDocument(input.text, ctx, false, collector?.addWindow);
  onAnalysis?.(analysis);
  const counts = documentCounts(input.document, analysis, ctx.dictionary);
  return {
    ...counts,
    ...(input.dir === undefined ? {} : { dir: input.dir }),
    meta: input.meta ?? {},
    conceptSentences: conceptSentences(analysis.mentions, ctx.dictionary),
    ...(collector ? { terms: collector.terms() } : {}),
  };
}

function conceptSentences(mentions: readonly Mention[], dictionary: Dictionary): number[][] {
  return dictionary.concepts.map((c) => [...new Set(mentions.filter((m) => m.concept === c.id).map((m) => m.sentence))].sort((a, b) => a - b));
}

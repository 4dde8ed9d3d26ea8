import { extractCompounds } from "../compound/extract-compounds.js";
import type { Compound } from "../compound/compound.js";
import { analyzeDocument, prepareText, sentenceTokens, type DocumentAnalysis, type PipelineContext } from "../pipeline.js";
import type { Resources } from "../knowledge/knowledge.js";
import { documentCounts, type DocumentCounts } from "./analyze-rows.js";
import { mentionRows } from "./mention-rows.js";
import type { Row } from "./row.js";
import { tokenRows } from "./token-rows.js";

/** What a command keeps of each document; plain data, so it can cross a worker boundary. */
export type DocumentTask =
  | { readonly command: "analyze" }
  | { readonly command: "mentions"; readonly width: number; readonly concept?: string }
  | { readonly command: "tokens" }
  | { readonly command: "terms" };

/** A compound with the concept it names, when it is or contains a dictionary term. */
export interface TermEvidence {
  readonly compounds: readonly Compound[];
  readonly concepts: readonly string[];
  /** Concept mentions by sentence, for --suggest. */
  readonly mentions: readonly { readonly concept: string; readonly sentence: number }[];
}

export type DocumentOutput =
  | { readonly command: "analyze"; readonly counts: DocumentCounts }
  | { readonly command: "mentions"; readonly rows: readonly Row[] }
  /** Made while they are read (a worker sends them as an array: toMessage). */
  | { readonly command: "tokens"; readonly rows: Iterable<Row> }
  | { readonly command: "terms"; readonly terms: TermEvidence };

/**
 * Analyses one document and reduces it to what the task needs (the same in-process and in
 * a worker). `tokens` rows are tokenized as they are read, one sentence at a time, so a
 * huge document is never held whole; its text stages (cleaning, sentences) run now.
 */
export function analyzeForTask(task: DocumentTask, document: string, text: string, ctx: PipelineContext & Resources): DocumentOutput {
  if (task.command === "tokens") {
    const prepared = prepareText(text, ctx);
    return { command: "tokens", rows: tokenRows(document, prepared, sentenceTokens(prepared, ctx.tokenizer)) };
  }
  return documentOutput(task, document, analyzeDocument(text, ctx, task.command === "terms"), ctx);
}

/** An output as plain data for postMessage: lazy rows made now. */
export function toMessage(output: DocumentOutput): DocumentOutput {
  return output.command === "tokens" ? { command: "tokens", rows: [...output.rows] } : output;
}

function documentOutput(
  task: Exclude<DocumentTask, { command: "tokens" }>,
  document: string,
  analysis: DocumentAnalysis,
  resources: Resources,
): DocumentOutput {
  switch (task.command) {
    case "analyze":
      return { command: "analyze", counts: documentCounts(document, analysis, resources.dictionary) };
    case "mentions":
      return { command: "mentions", rows: mentionRows(document, analysis, task.width, task.concept) };
    case "terms":
      return { command: "terms", terms: termEvidence(analysis, resources) };
  }
}

function termEvidence(analysis: DocumentAnalysis, resources: Resources): TermEvidence {
  const { mentions, tokens } = analysis;
  const compounds = extractCompounds(tokens, resources.grammar, mentions);
  // Both are in document order, so one pass pairs them (a 50 MB document has ~10⁶ compounds).
  let k = 0;
  const concepts = compounds.map((c) => {
    while (k < mentions.length && mentions[k]!.from < c.from) k++;
    for (let j = k; j < mentions.length && mentions[j]!.from < c.to; j++) if (mentions[j]!.to <= c.to) return mentions[j]!.concept;
    return "";
  });
  return { compounds, concepts, mentions: mentions.map((m) => ({ concept: m.concept, sentence: m.sentence })) };
}

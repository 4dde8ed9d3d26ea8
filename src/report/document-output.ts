import { extractCompounds } from "../compound/extract-compounds.js";
import type { Compound } from "../compound/compound.js";
import { analyzeDocument, type DocumentAnalysis, type PipelineContext } from "../pipeline.js";
import type { Resources } from "../resources.js";
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
  | { readonly command: "mentions" | "tokens"; readonly rows: readonly Row[] }
  | { readonly command: "terms"; readonly terms: TermEvidence };

/** Analyses one document and reduces it to what the task needs (the same in-process and in a worker). */
export function analyzeForTask(task: DocumentTask, document: string, text: string, ctx: PipelineContext & Resources): DocumentOutput {
  const keepTokens = task.command === "tokens" || task.command === "terms";
  return documentOutput(task, document, analyzeDocument(text, ctx, keepTokens), ctx);
}

function documentOutput(task: DocumentTask, document: string, analysis: DocumentAnalysis, resources: Resources): DocumentOutput {
  switch (task.command) {
    case "analyze":
      return { command: "analyze", counts: documentCounts(document, analysis, resources.dictionary) };
    case "mentions":
      return { command: "mentions", rows: mentionRows(document, analysis, task.width, task.concept) };
    case "tokens":
      return { command: "tokens", rows: tokenRows(document, analysis) };
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

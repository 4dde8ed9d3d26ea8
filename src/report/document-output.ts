import { extractCompounds } from "../compound/extract-compounds.js";
import { locateTerms } from "../terms/locate-terms.js";
import type { TermPlace } from "../terms/suggest-terms.js";
import type { Compound } from "../compound/compound.js";
import { analyzeDocument, prepareText, sentenceTokens, type DocumentAnalysis, type PipelineContext } from "../pipeline.js";
import type { TextOrigin } from "../readers/read-document.js";
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
  /** `locate`: also each unit's place in the input (terms --suggest evidence). */
  | { readonly command: "terms"; readonly locate?: boolean };

/** A compound with the concept it names, when it is or contains a dictionary term. */
export interface TermEvidence {
  /** The document's name as reports show it. */
  readonly document?: string;
  readonly compounds: readonly Compound[];
  /** With `locate`: where each compound starts in the original input. */
  readonly places?: readonly TermPlace[];
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
export function analyzeForTask(task: DocumentTask, document: string, text: string, ctx: PipelineContext & Resources, origin?: TextOrigin): DocumentOutput {
  if (task.command === "tokens") {
    const prepared = prepareText(text, ctx);
    return { command: "tokens", rows: tokenRows(document, prepared, sentenceTokens(prepared, ctx.tokenizer)) };
  }
  return documentOutput(task, document, analyzeDocument(text, ctx, task.command === "terms"), ctx, origin);
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
  origin: TextOrigin | undefined,
): DocumentOutput {
  switch (task.command) {
    case "analyze":
      return { command: "analyze", counts: documentCounts(document, analysis, resources.dictionary) };
    case "mentions":
      return { command: "mentions", rows: mentionRows(document, analysis, task.width, task.concept, origin) };
    case "terms":
      return { command: "terms", terms: { document, ...termEvidence(analysis, resources, task.locate === true) } };
  }
}

function termEvidence(analysis: DocumentAnalysis, resources: Resources, locate: boolean): TermEvidence {
  const { mentions, tokens } = analysis;
  const compounds = extractCompounds(tokens, resources.grammar, mentions);
  // Both are in document order, so one pass pairs them (a 50 MB document has ~10⁶ compounds).
  let k = 0;
  const concepts = compounds.map((c) => {
    while (k < mentions.length && mentions[k]!.from < c.from) k++;
    for (let j = k; j < mentions.length && mentions[j]!.from < c.to; j++) if (mentions[j]!.to <= c.to) return mentions[j]!.concept;
    return "";
  });
  const evidence = { compounds, concepts, mentions: mentions.map((m) => ({ concept: m.concept, sentence: m.sentence })) };
  return locate ? { ...evidence, places: locateTerms(analysis, compounds) } : evidence;
}

import { extractCompounds } from "../compound/extract-compounds.js";
import type { Compound } from "../compound/compound.js";
import { analyzeDocument, prepareText, sentenceTokens, type DocumentAnalysis, type PipelineContext } from "../pipeline.js";
import type { DocumentResult, ResultParts } from "../result/document-result.js";
import { mapDocument, type DocumentInput } from "../result/map-document.js";
import type { Resources } from "../knowledge/knowledge.js";
import { locateTerms } from "../terms/locate-terms.js";
import type { TermPlace } from "../terms/suggest-terms.js";
import { locateMentions, mentionRows, type MentionRecord } from "./mention-rows.js";
import type { Row } from "./row.js";
import { tokenRows } from "./token-rows.js";

/**
 * What to keep of each document, named for what it produces; plain data, so it can cross
 * a worker boundary. `result` is the per-document result every reducer reads; `evidence`
 * is a document's compounds with their POS facts and places, for the term filters,
 * keyness and --suggest evidence (`locate`: also each unit's place in the input).
 */
export type DocumentTask =
  /** `mentions`: also each mention located, with this much context (the HTML report's KWIC). */
  | ({ readonly produce: "result"; readonly mentions?: number } & ResultParts)
  | { readonly produce: "mentions"; readonly width: number; readonly concept?: string }
  | { readonly produce: "tokens" }
  | { readonly produce: "evidence"; readonly locate?: boolean };

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
  | { readonly produce: "result"; readonly result: DocumentResult; readonly mentions?: readonly MentionRecord[] }
  | { readonly produce: "mentions"; readonly rows: readonly Row[] }
  /** Made while they are read (a worker sends them as an array: toMessage). */
  | { readonly produce: "tokens"; readonly rows: Iterable<Row> }
  | { readonly produce: "evidence"; readonly terms: TermEvidence };

/**
 * Analyses one document and reduces it to what the task needs (the same in-process and in
 * a worker). `tokens` rows are tokenized as they are read, one sentence at a time, so a
 * huge document is never held whole; its text stages (cleaning, sentences) run now.
 */
export function analyzeForTask(task: DocumentTask, input: DocumentInput, ctx: PipelineContext & Resources): DocumentOutput {
  switch (task.produce) {
    case "tokens": {
      const prepared = prepareText(input.text, ctx);
      return { produce: "tokens", rows: tokenRows(input.document, prepared, sentenceTokens(prepared, ctx.tokenizer)) };
    }
    case "mentions":
      return { produce: "mentions", rows: mentionRows(input.document, analyzeDocument(input.text, ctx, false), task.width, task.concept, input.origin) };
    case "result": {
      const width = task.mentions;
      if (width === undefined) return { produce: "result", result: mapDocument(input, ctx, task) };
      let mentions: MentionRecord[] = [];
      const result = mapDocument(input, ctx, task, (analysis) => (mentions = locateMentions(analysis, width, undefined, input.origin)));
      return { produce: "result", result, mentions };
    }
    case "evidence":
      return { produce: "evidence", terms: { document: input.document, ...termEvidence(analyzeDocument(input.text, ctx, true), ctx, task.locate === true) } };
  }
}

/** An output as plain data for postMessage: lazy rows made now. */
export function toMessage(output: DocumentOutput): DocumentOutput {
  return output.produce === "tokens" ? { produce: "tokens", rows: [...output.rows] } : output;
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

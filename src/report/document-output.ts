import { analyzeDocument, prepareText, sentenceTokens, type PipelineContext } from "../pipeline.js";
import type { DocumentResult, ResultParts } from "../result/document-result.js";
import { mapDocument, type DocumentInput } from "../result/map-document.js";
import type { Resources } from "../resources.js";
import { locateMentions, mentionRows, type MentionRecord } from "./mention-rows.js";
import type { Row } from "./row.js";
import { tokenRows } from "./token-rows.js";

/**
 * What to keep of each document, named for what it produces; plain data, so it can cross
 * a worker boundary. `result` is the per-document result every reducer reads.
 */
export type DocumentTask =
  /** `mentions`: also each mention located, with this much context (the HTML report's KWIC). */
  | ({ readonly produce: "result"; readonly mentions?: number } & ResultParts)
  | { readonly produce: "mentions"; readonly width: number; readonly concept?: string }
  | { readonly produce: "tokens" };

export type DocumentOutput =
  | { readonly produce: "result"; readonly result: DocumentResult; readonly mentions?: readonly MentionRecord[] }
  | { readonly produce: "mentions"; readonly rows: readonly Row[] }
  /** Made while they are read (a worker sends them as an array: toMessage). */
  | { readonly produce: "tokens"; readonly rows: Iterable<Row> };

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
      return { produce: "mentions", rows: mentionRows(input.document, analyzeDocument(input.text, ctx, false), task.width, task.concept) };
    case "result": {
      const width = task.mentions;
      if (width === undefined) return { produce: "result", result: mapDocument(input, ctx, task) };
      let mentions: MentionRecord[] = [];
      const result = mapDocument(input, ctx, task, (analysis) => (mentions = locateMentions(analysis, width)));
      return { produce: "result", result, mentions };
    }
  }
}

/** An output as plain data for postMessage: lazy rows made now. */
export function toMessage(output: DocumentOutput): DocumentOutput {
  return output.produce === "tokens" ? { produce: "tokens", rows: [...output.rows] } : output;
}

import type { DocumentOutput, DocumentTask } from "../report/document-output.js";
import type { Knowledge } from "../resources.js";
import type { DocumentInput } from "../result/map-document.js";
import type { DictionaryData } from "../tokenize/load-tokenizer.js";

/**
 * Sent once to each worker: everything it needs to analyse documents like the main
 * thread. The dictionary data is shared memory; the checked knowledge (grammar,
 * clutter rules, concepts, the compiled matcher) is cloned, so a worker parses nothing.
 */
export interface WorkerInit {
  readonly data: DictionaryData;
  readonly knowledge: Knowledge;
  readonly clean: boolean;
  readonly task: DocumentTask;
}

export interface WorkerJob {
  readonly seq: number;
  readonly input: DocumentInput;
}

export type WorkerReply =
  | { readonly seq: number; readonly output: DocumentOutput }
  | { readonly seq: number; readonly error: string }
  | { readonly ready: true }
  | { readonly failed: string };

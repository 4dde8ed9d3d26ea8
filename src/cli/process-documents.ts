import { readInputs } from "../input/read-inputs.js";
import { analyzeDocument } from "../pipeline.js";
import { documentOutput, type DocumentOutput, type DocumentTask } from "../report/document-output.js";
import type { Resources } from "../resources.js";
import { warn, type CliIO } from "./cli-io.js";
import type { RunOptions } from "./run-options.js";

/**
 * Reads every input, analyses each document and hands its output to `onDocument` in
 * input order. Unreadable inputs are named on stderr and counted; the rest goes on.
 */
export async function processDocuments(
  paths: readonly string[],
  options: RunOptions,
  task: DocumentTask,
  resources: Resources,
  io: CliIO,
  onDocument: (output: DocumentOutput) => Promise<boolean | void>,
): Promise<{ failed: number }> {
  let failed = 0;
  const ctx = { ...resources, clean: options.clean };
  const inputs = readInputs(paths, { encoding: options.encoding, inputFormat: options.inputFormat, stdin: io.stdin });
  for await (const item of inputs) {
    if (item.kind === "error") {
      failed++;
      warn(io, item.error.describe());
      continue;
    }
    const output = documentOutput(task, item.id, analyzeDocument(item.text, ctx), resources);
    if ((await onDocument(output)) === false) break;
  }
  return { failed };
}

import { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { mergePartials } from "../merge-partials.js";
import { countingParts, reductionSpec } from "../reduction-spec.js";
import { cooccurReductionOf } from "../report-reductions.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka cooccur corpus/                         pairs of concepts mentioned in the same documents and sentences
  $ kouka cooccur --by date:year feed.jsonl       the same per year
  $ kouka cooccur --from-partials part-*.jsonl    over partials (kouka analyze -f partial)`;

export function cooccurCommand(host: CommandHost): Command {
  const command = new Command("cooccur")
    .description("pairs of concepts mentioned together: documents, sentences and Jaccard over documents")
    .argument("[paths...]", "files, folders (*.txt, *.md, *.jsonl) or - for standard input; partials with --from-partials")
    .option("--by <fields>", "one set of rows per group: FIELD[:year|month|day] (a record field or dir), at most two")
    .option("--from-partials", "read partial results (kouka analyze -f partial) instead of documents", false)
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command, { partial: true }).action(async (paths: string[], raw: Record<string, unknown>) => {
    const reduction = cooccurReductionOf(raw);
    const options = resolveRunOptions(raw);
    host.exitCode = raw["fromPartials"]
      ? await mergePartials(paths, options, reduction, host.io)
      : await runReport(paths, options, reductionSpec(reduction, await countingParts(options)), host.io);
  });
}

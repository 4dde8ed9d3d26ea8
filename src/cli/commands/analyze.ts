import { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { analyzeReduction } from "../report-reductions.js";
import { countingParts, reductionSpec } from "../reduction-spec.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka analyze corpus/                      one row per document: scale,network,scope counts
  $ cat article.txt | kouka analyze            standard input
  $ kouka analyze --long corpus/               document × concept, with rates and matched variants
  $ kouka analyze --summary -o summary.csv corpus/
  $ kouka analyze --by date:month feed.jsonl   one row per month (dates in records' "date" field)
  $ kouka analyze --by dir corpus/             one row per folder
  $ kouka analyze -f jsonl --input-format jsonl < feed.jsonl
  $ kouka analyze --bom --encoding shift_jis old-export.txt > for-excel.csv
  $ kouka analyze --shard 0/4 -f partial corpus/ > part0.jsonl   a quarter of the documents, for kouka merge`;

export function analyzeCommand(host: CommandHost): Command {
  const command = new Command("analyze")
    .description("count concept mentions per document (the main report)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input")
    .option("--long", "one row per document (or group) and concept, with rates and variants", false)
    .option("--summary", "one row per concept over all documents", false)
    .option("--by <fields>", "one row per group: FIELD[:year|month|day] (a record field or dir), at most two, comma-separated")
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command, { partial: true }).action(async (paths: string[], raw: Record<string, unknown>) => {
    const reduction = analyzeReduction(raw);
    const options = resolveRunOptions(raw);
    host.exitCode = await runReport(paths, options, reductionSpec(reduction, await countingParts(options)), host.io);
  });
}

import { Command } from "commander";
import { longColumns, longRows, summaryColumns, createSummary, wideColumns, wideRow } from "../../report/analyze-rows.js";
import { KoukaError } from "../../errors.js";
import type { CommandHost } from "../command-host.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka analyze corpus/                      one row per document: scale,network,scope counts
  $ cat article.txt | kouka analyze            standard input
  $ kouka analyze --long corpus/               document × concept, with rates and matched variants
  $ kouka analyze --summary -o summary.csv corpus/
  $ kouka analyze -f jsonl --input-format jsonl < feed.jsonl
  $ kouka analyze --bom --encoding shift_jis old-export.txt > for-excel.csv`;

export function analyzeCommand(host: CommandHost): Command {
  const command = new Command("analyze")
    .description("count concept mentions per document (the main report)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input")
    .option("--long", "one row per document and concept, with rates and variants", false)
    .option("--summary", "one row per concept over all documents", false)
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    if (raw["long"] && raw["summary"]) throw new KoukaError("USAGE", "analyze", "--long and --summary cannot be combined");
    const options = resolveRunOptions(raw);
    let summary: ReturnType<typeof createSummary> | undefined;
    host.exitCode = await runReport(
      paths,
      options,
      {
        task: { command: "analyze" },
        columns: (r) => (raw["summary"] ? summaryColumns : raw["long"] ? longColumns : wideColumns(r.dictionary)),
        rows: (output, r) => {
          if (output.command !== "analyze") return [];
          if (raw["summary"]) {
            (summary ??= createSummary(r.dictionary)).add(output.counts);
            return [];
          }
          return raw["long"] ? longRows(output.counts, r.dictionary) : [wideRow(output.counts)];
        },
        finish: (r) => (raw["summary"] ? (summary ?? createSummary(r.dictionary)).rows() : []),
      },
      host.io,
    );
  });
}

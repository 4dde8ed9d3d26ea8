import { Command, Option } from "commander";
import { OUTPUT_FORMATS, type OutputFormat } from "../../format/format-rows.js";
import { DEFAULT_DICTIONARY } from "../../resources.js";
import type { CommandHost } from "../command-host.js";
import { mergePartials } from "../merge-partials.js";
import { analyzeReduction } from "../report-reductions.js";
import { metaFields } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka analyze -f partial --shard 0/2 corpus/ > a.jsonl
  $ kouka analyze -f partial --shard 1/2 corpus/ > b.jsonl
  $ kouka merge a.jsonl b.jsonl                 the same bytes as kouka analyze over corpus/
  $ cat a.jsonl b.jsonl | sort | kouka merge --summary -
  $ kouka merge --by date:month parts/*.jsonl`;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function mergeCommand(host: CommandHost): Command {
  return new Command("merge")
    .description("the analyze report over partial results (kouka analyze -f partial) from many runs")
    .argument("[partials...]", "partial files, or - for standard input (lines in any order, headers anywhere)")
    .option("--long", "one row per document (or group) and concept, with rates and variants", false)
    .option("--summary", "one row per concept over all documents", false)
    .option("--by <fields>", "one row per group: FIELD[:year|month|day] (a record field or dir), at most two, comma-separated")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("csv"))
    .option("--bom", "start the output with a UTF-8 BOM (Excel); implies --excel-safe", false)
    .option("--excel-safe", "put ' before cells starting with = + - @ so spreadsheets never run them (csv, tsv)", false)
    .option("--meta <fields>", "record fields (carried by the partials) to copy into every row, after document (comma-separated)")
    .option("-o, --output <file>", "write the report to FILE (whole or not at all) instead of stdout")
    .option("-d, --dict <file>", "dictionaries for the columns when there is no partial at all (default: dictionaries/economies.yaml)", collect)
    .option("-q, --quiet", "no progress line", false)
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const reduction = analyzeReduction(raw);
      host.exitCode = await mergePartials(
        paths,
        {
          format: raw["format"] as OutputFormat,
          bom: raw["bom"] === true,
          excelSafe: raw["excelSafe"] === true || raw["bom"] === true,
          meta: metaFields(raw["meta"]),
          output: raw["output"] as string | undefined,
          dictionaries: (raw["dict"] as string[] | undefined) ?? [DEFAULT_DICTIONARY],
        },
        reduction,
        host.io,
      );
    });
}

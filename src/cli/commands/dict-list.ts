import { Option, type Command } from "commander";
import { CONCEPT_LIST_COLUMNS, conceptRows } from "../../dictionary/concept-rows.js";
import { EXIT } from "../../errors.js";
import { createFormatter, OUTPUT_FORMATS, type OutputFormat } from "../../format/format-rows.js";
import { DEFAULT_DICTIONARY, loadResources } from "../../resources.js";
import type { CommandHost } from "../command-host.js";
import { fileSink, stdoutSink } from "../output-sink.js";
import { DEFAULT_DICT_NAME, resolveDictionaries } from "../run-options.js";

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `kouka dict list`: the concepts in effect with -d / --no-default-dict, one row each. */
export function addDictList(dict: Command, host: CommandHost): void {
  dict
    .command("list")
    .description("list the concepts in effect: concept,label,terms,source (terms = spellings after expansion)")
    .option("-d, --dict <file>", "add a concept dictionary after the default one (repeatable; 'default' names the built-in one)", collect)
    .option("--no-default-dict", "leave the built-in dictionary out (use with -d)")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("csv"))
    .option("--bom", "start the output with a UTF-8 BOM (Excel); implies --excel-safe", false)
    .option("--excel-safe", "put ' before cells starting with = + - @ (csv, tsv)", false)
    .option("-o, --output <file>", "write the list to FILE instead of stdout")
    .addHelpText("after", "\nExample:\n  $ kouka dict list -d my-concepts.yaml")
    .action(async (raw: Record<string, unknown>) => {
      const files = resolveDictionaries(raw["dict"] as string[] | undefined, raw["defaultDict"] !== false);
      const output = raw["output"] as string | undefined;
      const sink = output === undefined ? stdoutSink(host.io.stdout, host.io.stdoutClosed?.() ?? false) : fileSink(output);
      try {
        const { dictionary } = await loadResources(files);
        const bom = raw["bom"] === true;
        const formatter = createFormatter({
          format: raw["format"] as OutputFormat,
          columns: CONCEPT_LIST_COLUMNS,
          bom,
          excelSafe: bom || raw["excelSafe"] === true,
        });
        const rows = conceptRows(dictionary, (file) => (file === DEFAULT_DICTIONARY ? DEFAULT_DICT_NAME : file));
        await sink.write(formatter.header + formatter.format(rows));
        sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      }
      host.exitCode = EXIT.ok;
    });
}

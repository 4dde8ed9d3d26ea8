import { Command } from "commander";
import { KoukaError } from "../../errors.js";
import { mentionColumns } from "../../report/mention-rows.js";
import type { CommandHost } from "../command-host.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, parseCount, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka mentions corpus/                        every mention, with line, column and context
  $ kouka mentions corpus/ --concept network      only network effects
  $ kouka mentions --width 40 article.txt         wider context`;

export function mentionsCommand(host: CommandHost): Command {
  const command = new Command("mentions")
    .description("list every concept mention with its position and context (KWIC)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input")
    .option("--concept <id>", "only mentions of this concept")
    .option("--width <n>", "characters of context on each side", "20")
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    const options = resolveRunOptions(raw);
    const width = parseCount("--width", raw["width"], 20);
    const concept = raw["concept"] as string | undefined;
    host.exitCode = await runReport(
      paths,
      options,
      {
        task: concept === undefined ? { produce: "mentions", width } : { produce: "mentions", width, concept },
        open: (r) => {
          if (concept !== undefined && !r.dictionary.concepts.some((c) => c.id === concept)) {
            const known = r.dictionary.concepts.map((c) => c.id).join(", ");
            throw new KoukaError("USAGE", "--concept", `no concept '${concept}' in the dictionary (known: ${known})`);
          }
          return { columns: mentionColumns, rows: (output) => (output.produce === "mentions" ? output.rows : []) };
        },
      },
      host.io,
    );
  });
}

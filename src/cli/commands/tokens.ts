import { Command } from "commander";
import { tokenColumns } from "../../report/token-rows.js";
import type { CommandHost } from "../command-host.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, resolveRunOptions } from "../run-options.js";

export function tokensCommand(host: CommandHost): Command {
  const command = new Command("tokens")
    .description("list the tokens kuromoji produced (for checking the tokenizer)")
    .argument("[paths...]", "files, folders (.txt .md .html .jsonl .csv .tsv …) or - for standard input")
    .addHelpText("after", "\nExample:\n  $ echo 規模の経済性 | kouka tokens");
  return addSharedOptions(command).action(async (paths: string[], raw: Record<string, unknown>) => {
    host.exitCode = await runReport(
      paths,
      resolveRunOptions(raw),
      { task: { produce: "tokens" }, open: () => ({ columns: tokenColumns, rows: (output) => (output.produce === "tokens" ? output.rows : []) }) },
      host.io,
    );
  });
}

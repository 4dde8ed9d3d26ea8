import { Command, Option } from "commander";
import type { CommandHost } from "../command-host.js";
import { mergePartials } from "../merge-partials.js";
import { reductionSpec } from "../reduction-spec.js";
import { termsReduction } from "../report-reductions.js";
import { runReport } from "../run-report.js";
import { addSharedOptions, resolveRunOptions } from "../run-options.js";

const EXAMPLES = `
Examples:
  $ kouka terms --top 20 corpus/                  the 20 most important compound terms (FLR)
  $ kouka terms --score cvalue --min-frequency 2 corpus/
  $ kouka terms --suggest corpus/                 terms near each concept's mentions, not yet in the dictionary
  $ kouka terms --from-partials --top 20 part-*.jsonl   the same over partials (kouka analyze -f partial)`;

export function termsCommand(host: CommandHost): Command {
  const command = new Command("terms")
    .description("extract compound terms and rank them (TermExtract's FLR, C-value or TF-IDF)")
    .argument("[paths...]", "files, folders (*.txt, *.md, *.jsonl) or - for standard input; partials with --from-partials")
    .addOption(new Option("--score <name>", "ranking score").choices(["flr", "cvalue", "tfidf"]).default("flr"))
    .option("--top <n>", "only the first N terms (per concept with --suggest)")
    .option("--min-frequency <n>", "only terms seen at least N times", "1")
    .option("--suggest", "candidates for the dictionary: terms sharing sentences with a concept's mentions", false)
    .option("--from-partials", "read partial results (kouka analyze -f partial) instead of documents", false)
    .addHelpText("after", EXAMPLES);
  return addSharedOptions(command, { partial: true }).action(async (paths: string[], raw: Record<string, unknown>) => {
    const reduction = termsReduction(raw);
    const options = resolveRunOptions(raw);
    host.exitCode = raw["fromPartials"]
      ? await mergePartials(paths, options, reduction, host.io)
      : await runReport(paths, options, reductionSpec(reduction, { terms: true }), host.io);
  });
}

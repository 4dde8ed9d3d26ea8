import { Command, CommanderError } from "commander";
import { EXIT, KoukaError, exitCodeFor, type ExitCode } from "../errors.js";
import { packagePath } from "../package-path.js";
import { readFileSync } from "node:fs";
import { warn, type CliIO } from "./cli-io.js";
import type { CommandHost } from "./command-host.js";
import { analyzeCommand } from "./commands/analyze.js";
import { cooccurCommand } from "./commands/cooccur.js";
import { mergeCommand } from "./commands/merge.js";
import { dictCommand } from "./commands/dict-check.js";
import { mentionsCommand } from "./commands/mentions.js";
import { reportCommand } from "./commands/report.js";
import { termsCommand } from "./commands/terms.js";
import { tokensCommand } from "./commands/tokens.js";

const version = (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;

/** Runs the CLI on argv (without node and script) and returns the exit code; never calls process.exit. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const host: CommandHost = { io, exitCode: EXIT.ok };
  const program = new Command("kouka")
    .description("count economic concepts (scale, network, scope effects) in Japanese business articles")
    .version(version)
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      `
Examples:
  $ kouka analyze corpus/                      concept counts, one row per document
  $ kouka mentions corpus/ --concept network   the evidence behind every count
  $ kouka terms --top 20 article.txt           the article's own compound terms
  $ kouka dict check my-concepts.yaml          check a dictionary

Exit codes: 0 all read, 1 some input failed (named on stderr), 2 usage or bad dictionary.`,
    )
    .addCommand(analyzeCommand(host))
    .addCommand(mentionsCommand(host))
    .addCommand(termsCommand(host))
    .addCommand(tokensCommand(host))
    .addCommand(cooccurCommand(host))
    .addCommand(mergeCommand(host))
    .addCommand(reportCommand(host))
    .addCommand(dictCommand(host));
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors in kouka's one message shape: `kouka: analyze: unknown option '--lon'`.
      outputError: (s, write) => write(s.replace(/^error: /, `kouka: ${command.name()}: `)),
    });
    command.commands.forEach(configure);
  };
  configure(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return host.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof KoukaError) {
      warn(io, e.describe());
      return exitCodeFor(e.code);
    }
    throw e;
  }
}

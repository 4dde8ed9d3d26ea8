import { Command, CommanderError } from "commander";
import { EXIT, KoukaError, exitCodeFor, type ExitCode } from "../errors.js";
import { packagePath } from "../package-path.js";
import { readFileSync } from "node:fs";
import { oneLine, warn, type CliIO } from "./cli-io.js";
import type { CommandHost } from "./command-host.js";
import { analyzeCommand } from "./commands/analyze.js";
import { completionCommand } from "./commands/completion.js";
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
  // No command at all: a one-line hint on stderr and exit 2 (help itself is `kouka --help`, on stdout, exit 0).
  if (argv.length === 0 || (argv.length === 1 && argv[0] === "dict")) {
    const usage = argv.length === 0 ? "kouka <analyze|mentions|terms|tokens|dict> [options] [paths...]" : "kouka dict check FILE...";
    warn(io, `no command given; usage: ${usage} (see kouka --help)`);
    return EXIT.usage;
  }
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
    .addCommand(dictCommand(host))
    .addCommand(completionCommand(host));
  let helpAsError = false;
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Help written as an error (`kouka help nope`) becomes one line in kouka's shape (its
      // "Examples" part, written next, is dropped with it).
      writeErr: (s) => {
        if (helpAsError) return;
        if (!s.startsWith("Usage:")) return void io.stderr.write(s);
        helpAsError = true;
        const name = command.parent ? command.name() : "help";
        warn(io, `${name}: unknown or missing command (see ${command.parent ? `kouka ${command.name()}` : "kouka"} --help)`);
      },
      // Usage errors in kouka's one message shape: `kouka: analyze: unknown option '--lon'`.
      // The offending word is escaped like any name, so the message stays one line.
      outputError: (s, write) => {
        const [, message = s, hint = ""] = /^([\s\S]*?)\n?(\n\(Did you mean [^\n]*\)\n?)?$/.exec(s) ?? [];
        const what = oneLine(command.parent ? command.name() : argv[0] || "''");
        write(`${oneLine(message.replace(/^error: /, `kouka: ${what}: `))}\n${hint.replace(/^\n/, "")}`);
      },
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

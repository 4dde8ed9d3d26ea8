import { Command, CommanderError } from "commander";
import { EXIT, KoukaError, exitCodeFor, type ExitCode } from "../errors.js";
import { packagePath } from "../package-path.js";
import { readFileSync } from "node:fs";
import { warn, type CliIO } from "./cli-io.js";
import type { CommandHost } from "./command-host.js";
import { analyzeCommand } from "./commands/analyze.js";
import { dictCommand } from "./commands/dict-check.js";
import { mentionsCommand } from "./commands/mentions.js";
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
    .addCommand(analyzeCommand(host))
    .addCommand(mentionsCommand(host))
    .addCommand(termsCommand(host))
    .addCommand(tokensCommand(host))
    .addCommand(dictCommand(host));
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
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

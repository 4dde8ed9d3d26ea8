import { Argument, Command } from "commander";
import { completionScript, SHELLS, type Shell } from "../completion-script.js";
import type { CommandHost } from "../command-host.js";

export function completionCommand(host: CommandHost): Command {
  const command = new Command("completion")
    .description("print a shell completion script (bash, zsh or fish)")
    .addArgument(new Argument("<shell>", "the shell").choices(SHELLS))
    .addHelpText(
      "after",
      `
Examples:
  $ eval "$(kouka completion bash)"            in ~/.bashrc
  $ eval "$(kouka completion zsh)"             in ~/.zshrc
  $ kouka completion fish > ~/.config/fish/completions/kouka.fish`,
    )
    .action((shell: Shell) => {
      host.io.stdout.write(completionScript(shell, command.parent ?? command));
    });
  return command;
}

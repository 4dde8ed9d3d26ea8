import { Command } from "commander";
import { EXIT } from "../../errors.js";
import { checkResources } from "../../resources.js";
import { warn } from "../cli-io.js";
import type { CommandHost } from "../command-host.js";

export function dictCommand(host: CommandHost): Command {
  const dict = new Command("dict").description("work with concept dictionaries");
  dict
    .command("check")
    .description("check dictionaries without analysing anything; prints every problem as file:line: why")
    .argument("<files...>", "dictionary YAML files")
    .addHelpText("after", "\nExample:\n  $ kouka dict check dictionaries/economies.yaml my-concepts.yaml")
    .action(async (files: string[]) => {
      const { problems } = await checkResources(files);
      for (const p of problems) warn(host.io, `${p.file}:${p.line}: ${p.message}`);
      host.exitCode = problems.length > 0 ? EXIT.usage : EXIT.ok;
    });
  return dict;
}

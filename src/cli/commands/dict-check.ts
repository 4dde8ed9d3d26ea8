import { Command } from "commander";
import { readDataFile } from "../../load/read-data-file.js";
import { EXIT, KoukaError } from "../../errors.js";
import { checkResources } from "../../resources.js";
import { warn } from "../cli-io.js";
import type { CommandHost } from "../command-host.js";
import { addDictImport } from "./dict-import.js";
import { addDictList } from "./dict-list.js";

export function dictCommand(host: CommandHost): Command {
  const dict = new Command("dict").description("work with concept dictionaries");
  dict
    .command("check")
    .description("check dictionaries without analysing anything; prints `FILE: ok (N concepts, M terms)` per good file, every problem as file:line: why")
    .argument("<files...>", "dictionary YAML files")
    .addHelpText("after", "\nExample:\n  $ kouka dict check dictionaries/economies.yaml my-concepts.yaml")
    .action(async (files: string[]) => {
      // A file that cannot be read (or is not UTF-8) is one problem; the others are still checked.
      const readable: { file: string; text: string }[] = [];
      const bad = new Set<string>();
      for (const file of files) {
        try {
          readable.push({ file, text: readDataFile(file) });
        } catch (e) {
          if (!(e instanceof KoukaError)) throw e;
          warn(host.io, e.describe());
          bad.add(file);
        }
      }
      const { problems } = readable.length > 0 ? await checkResources(readable.map((r) => r.file)) : { problems: [] };
      for (const p of problems) {
        warn(host.io, `${p.file}:${p.line}: ${p.message}`);
        bad.add(p.file);
      }
      // Loaded only here: the YAML reader stays out of every other start-up.
      const { parseDictionary } = await import("../../dictionary/parse-dictionary.js");
      for (const { file, text } of readable.filter((r) => !bad.has(r.file))) {
        const concepts = parseDictionary(text, file).dictionary?.concepts ?? [];
        const terms = concepts.reduce((n, c) => n + c.terms.length, 0);
        host.io.stdout.write(`${file}: ok (${concepts.length} concept${concepts.length === 1 ? "" : "s"}, ${terms} term${terms === 1 ? "" : "s"})\n`);
      }
      host.exitCode = bad.size > 0 ? EXIT.usage : EXIT.ok;
    });
  addDictList(dict, host);
  addDictImport(dict, host);
  return dict;
}

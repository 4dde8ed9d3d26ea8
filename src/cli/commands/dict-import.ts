import { Option, type Command } from "commander";
import { readDataFile } from "../../load/read-data-file.js";
import { IMPORT_FORMATS, type ImportFormat } from "../../dictionary/import/imported.js";
import { EXIT, KoukaError } from "../../errors.js";
import { warn } from "../cli-io.js";
import type { CommandHost } from "../command-host.js";
import { fileSink, stdoutSink } from "../output-sink.js";

/**
 * `kouka dict import FILE`: quanteda YAML, LIWC .dic or KH Coder coding rules as kouka YAML.
 * Whatever cannot be translated is named on stderr as FILE:LINE and left out; the YAML is
 * still written, and the exit code is 1 so scripts notice (2 when nothing could be read).
 */
export function addDictImport(dict: Command, host: CommandHost): void {
  dict
    .command("import")
    .description("convert a quanteda YAML, LIWC .dic or KH Coder coding-rule file into kouka YAML; what cannot be translated is named on stderr (exit 1)")
    .argument("<file>", "the foreign dictionary")
    .addOption(new Option("--format <format>", "the file's format (default: guessed from its content)").choices(IMPORT_FORMATS))
    .option("-o, --output <file>", "write the YAML to FILE instead of stdout")
    .addHelpText("after", "\nExample:\n  $ kouka dict import LIWC2015.dic -o liwc.yaml && kouka analyze --no-default-dict -d liwc.yaml texts/")
    .action(async (file: string, raw: Record<string, unknown>) => {
      const text = readDataFile(file);
      const { importDictionary } = await import("../../dictionary/import/import-dictionary.js");
      const imported = importDictionary(text, file, raw["format"] as ImportFormat | undefined);
      if ("error" in imported) throw new KoukaError("DICT_INVALID", "dict import", imported.error);
      const output = raw["output"] as string | undefined;
      const sink = output === undefined ? stdoutSink(host.io.stdout, host.io.stdoutClosed?.() ?? false) : fileSink(output);
      try {
        await sink.write(imported.yaml);
        sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      }
      for (const note of imported.result.notes) warn(host.io, `${file}:${note.line}: ${note.message}`);
      host.exitCode = imported.result.notes.length > 0 ? EXIT.inputFailed : EXIT.ok;
    });
}

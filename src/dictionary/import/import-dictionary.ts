import { guessFormat } from "./guess-format.js";
import { importKhCoder } from "./import-khcoder.js";
import { importLiwc } from "./import-liwc.js";
import { importQuanteda } from "./import-quanteda.js";
import { oneConceptPerTerm, type ImportFormat, type ImportResult } from "./imported.js";
import { writeKoukaYaml } from "./write-kouka-yaml.js";

/**
 * A foreign dictionary as kouka YAML (`kouka dict import`): the format given or guessed from
 * the text, the YAML, and a note per line that could not be translated (left out, never silently).
 */
export function importDictionary(
  text: string,
  file: string,
  format: ImportFormat | undefined,
): { format: ImportFormat; yaml: string; result: ImportResult } | { error: string } {
  const chosen = format ?? guessFormat(text);
  const raw = chosen === "liwc" ? importLiwc(text) : chosen === "khcoder" ? importKhCoder(text) : importQuanteda(text, file);
  if ("error" in raw) return raw;
  const result = oneConceptPerTerm(raw);
  if (result.concepts.length === 0) return { error: `${file}: no concept could be imported (as ${chosen})` };
  return { format: chosen, yaml: writeKoukaYaml(result.concepts, `${file} (${chosen})`), result };
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { shortHash } from "../cache/short-hash.js";
import type { PartialHeader } from "../partial/partial-lines.js";
import { packagePath } from "../package-path.js";
import type { Resources } from "../resources.js";
import { koukaVersion } from "./kouka-version.js";
import type { RunOptions } from "./run-options.js";

/**
 * The header of a partial: the fingerprint covers kouka's version, the text of every data
 * file (concept dictionaries, grammar, clutter rules, the term rules the map judges by) and the options that change counts
 * (cleaning, encoding, and what makes the documents of a file: --input-format, --text-field,
 * --id-field). Partials agree when their fingerprints do.
 */
export function partialHeader(options: RunOptions, resources: Resources): PartialHeader {
  const version = koukaVersion();
  const files = [...options.dictionaries, packagePath("dictionaries", "grammar.yaml"), packagePath("dictionaries", "clutter.yaml"), packagePath("dictionaries", "terms.yaml")];
  const texts = files.map((file) => readFileSync(file, "utf8"));
  const settings = {
    dictionaries: options.dictionaries.map((file) => path.basename(file)),
    clean: options.clean,
    encoding: options.encoding,
    inputFormat: options.inputFormat ?? "by extension",
    textField: options.records.textField,
    idField: options.records.idField,
    ...(options.countsOnly ? { countsOnly: true } : {}),
  };
  // A partial without term statistics merges only with its like (one with them would leave terms short).
  const fingerprinted = [version, texts, settings.clean, settings.encoding, settings.inputFormat, settings.textField, settings.idField, ...(options.countsOnly ? ["counts only"] : [])];
  return {
    version,
    fingerprint: shortHash(JSON.stringify(fingerprinted)),
    concepts: resources.dictionary.concepts.map((c) => ({ id: c.id, label: c.label })),
    settings,
  };
}

/** `kouka 0.1.0, dictionaries economies.yaml, clean, encoding auto` */
export function describeHeader(header: PartialHeader | undefined): string {
  if (header === undefined) return "no header seen";
  const s = header.settings;
  const dictionaries = Array.isArray(s["dictionaries"]) ? (s["dictionaries"] as string[]).join("+") : "?";
  const records =
    s["inputFormat"] === undefined
      ? ""
      : `, input format ${String(s["inputFormat"])}, text field ${String(s["textField"])}, id field ${String(s["idField"])}`;
  return `kouka ${header.version}, dictionaries ${dictionaries}, ${s["clean"] === false ? "--no-clean" : "clean"}, encoding ${String(s["encoding"])}${records}${s["countsOnly"] === true ? ", --counts-only" : ""}`;
}

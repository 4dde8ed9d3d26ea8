import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import { KoukaError } from "../errors.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../format/format-rows.js";
import { INPUT_ENCODINGS, type InputEncoding } from "../input/decode-bytes.js";
import { parseEncoding } from "./encoding-option.js";
import { INPUT_FORMATS, type InputFormat } from "../readers/input-format.js";
import type { RecordOptions } from "../readers/record-options.js";
import { DEFAULT_DICTIONARY } from "../resources.js";
import { parseShard, type Shard } from "../partial/shard.js";

/** Options shared by every reading command, resolved once (one spelling each). */
export interface RunOptions {
  readonly dictionaries: readonly string[];
  /** `partial`: per-document results as JSON lines, for `kouka merge` (commands that reduce only). */
  readonly format: OutputFormat | "partial";
  readonly bom: boolean;
  readonly output: string | undefined;
  readonly jobs: number;
  readonly encoding: InputEncoding;
  /** `--input-format`: for standard input and named files; undefined: by extension (stdin: text). */
  readonly inputFormat: InputFormat | undefined;
  /** `--text-field`, `--id-field`, `--meta`. */
  readonly records: RecordOptions;
  /** `--follow`: folder scans follow symbolic links to folders. */
  readonly follow: boolean;
  readonly clean: boolean;
  readonly quiet: boolean;
  /** A leading `'` on cells starting with = + - @ (CSV injection); on with --excel-safe or --bom. */
  readonly excelSafe: boolean;
  /** Names concept ids may not take besides the fixed columns: the record fields --meta copies. */
  readonly reservedColumns: readonly string[];
  /** `--shard I/N`: only the documents whose name hashes to share I of N. */
  readonly shard: Shard | undefined;
  /** `--counts-only` (with `-f partial`): partial lines without the compound-term statistics. */
  readonly countsOnly: boolean;
}

/** `-d default` names the built-in dictionary. */
export const DEFAULT_DICT_NAME = "default";

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `partial`: the command's report can be made later from per-document results (`kouka merge`). */
export function addSharedOptions(command: Command, extra: { readonly partial?: boolean } = {}): Command {
  const formats = extra.partial ? [...OUTPUT_FORMATS, "partial"] : OUTPUT_FORMATS;
  addDictionaryOptions(command)
    .addOption(new Option("-f, --format <format>", extra.partial ? "output format (partial: for kouka merge)" : "output format").choices(formats).default("csv"))
    .option("--bom", "start the output with a UTF-8 BOM (Excel); implies --excel-safe", false)
    .option("--excel-safe", "put ' before cells starting with = + - @ so spreadsheets never run them (csv, tsv)", false)
    .option("-o, --output <file>", "write the report to FILE (whole or not at all) instead of stdout");
  addReadingOptions(command, { meta: true }).option("--shard <i/n>", "only share I of N of the documents (by a hash of their name), 0 ≤ I < N");
  if (extra.partial) {
    command.option("--counts-only", "with -f partial: leave out the compound-term statistics (a partial a fifteenth the size, made faster; no terms from it)", false);
  }
  return command;
}

/** `-d` and `--no-default-dict`. */
export function addDictionaryOptions(command: Command): Command {
  return command
    .option("-d, --dict <file>", "add a concept dictionary after the default one (repeatable; 'default' names the built-in one)", collect)
    .option("--no-default-dict", "leave the built-in dictionary out (use with -d)");
}

/** How documents are found, decoded, read and analysed; `meta`: record fields copied into rows. */
export function addReadingOptions(command: Command, { meta }: { readonly meta: boolean }): Command {
  command
    .option("-j, --jobs <n>", "worker threads (default and most: the number of cores)")
    .addOption(encodingOption())
    .addOption(new Option("--input-format <format>", "format of standard input and named files (default: by extension)").choices(INPUT_FORMATS))
    .option("--text-field <name>", "record field (JSONL key, CSV column) holding the text", "text")
    .option("--id-field <name>", "record field holding the id (default: the record's number when absent)", "id");
  if (meta) command.option("--meta <fields>", "record fields to copy into every row, after document (comma-separated)");
  return command
    .option("--follow", "folder scans follow symbolic links to folders (each real file read once)", false)
    .option("--no-clean", "keep web clutter (navigation, teasers, credits)")
    .option("-q, --quiet", "no progress bar", false);
}

export function resolveRunOptions(raw: Record<string, unknown>): RunOptions {
  const jobs = raw["jobs"] === undefined ? availableParallelism() : Number(raw["jobs"]);
  if (!Number.isInteger(jobs) || jobs < 1) throw new KoukaError("USAGE", "--jobs", `expected a whole number ≥ 1, got '${String(raw["jobs"])}'`);
  // More threads than cores only add memory (each holds its own analysis state), never speed.
  const cores = availableParallelism();
  const records = { textField: fieldName("--text-field", raw["textField"]), idField: fieldName("--id-field", raw["idField"]), meta: metaFields(raw["meta"]) };
  return {
    dictionaries: resolveDictionaries(raw["dict"] as string[] | undefined, raw["defaultDict"] !== false),
    format: raw["format"] as OutputFormat | "partial",
    bom: raw["bom"] === true,
    output: raw["output"] as string | undefined,
    jobs: Math.min(jobs, cores),
    encoding: raw["encoding"] as InputEncoding,
    inputFormat: raw["inputFormat"] as InputFormat | undefined,
    records,
    follow: raw["follow"] === true,
    clean: raw["clean"] !== false,
    quiet: raw["quiet"] === true,
    excelSafe: raw["excelSafe"] === true || raw["bom"] === true,
    reservedColumns: records.meta,
    shard: raw["shard"] === undefined ? undefined : parseShard(String(raw["shard"])),
    countsOnly: countsOnly(raw),
  };
}

function countsOnly(raw: Record<string, unknown>): boolean {
  if (raw["countsOnly"] !== true) return false;
  if (raw["format"] !== "partial") throw new KoukaError("USAGE", "--counts-only", "only with -f partial: it leaves the term statistics out of a partial");
  return true;
}

/** The default dictionary first (unless --no-default-dict), then each -d in order; `default` names it. */
export function resolveDictionaries(given: readonly string[] | undefined, withDefault: boolean): string[] {
  const named = (given ?? []).map((d) => (d === DEFAULT_DICT_NAME ? DEFAULT_DICTIONARY : d));
  const all = withDefault && !named.includes(DEFAULT_DICTIONARY) ? [DEFAULT_DICTIONARY, ...named] : named;
  if (all.length === 0) throw new KoukaError("USAGE", "--no-default-dict", "no dictionary left: add one with -d FILE");
  for (const [i, d] of all.entries()) {
    if (d === "") throw new KoukaError("USAGE", "--dict", "expected a file name, got ''");
    if (all.indexOf(d) !== i) throw new KoukaError("USAGE", "--dict", `${d} is given twice`);
  }
  return all;
}

function fieldName(option: string, value: unknown): string {
  const name = String(value);
  if (name === "") throw new KoukaError("USAGE", option, "expected a field name");
  return name;
}

/** `--meta a,b` → ["a", "b"]: each named once. */
export function metaFields(value: unknown): string[] {
  if (value === undefined) return [];
  const fields = String(value)
    .split(",")
    .map((f) => f.trim());
  if (fields.some((f) => f === "")) throw new KoukaError("USAGE", "--meta", `expected field names separated by commas, got '${String(value)}'`);
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice !== undefined) throw new KoukaError("USAGE", "--meta", `'${twice}' is named twice`);
  return fields;
}

/** `--encoding`: the canonical names are offered (help, completion); aliases are accepted too. */
export function encodingOption(): Option {
  const option = new Option("--encoding <encoding>", "input encoding, or an alias (UTF-8, sjis, cp932, eucjp, utf-16le…)").argParser(parseEncoding).default("auto");
  option.argChoices = [...INPUT_ENCODINGS];
  return option;
}

/** A whole number option such as --top or --width. */
export function parseCount(name: string, value: unknown, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new KoukaError("USAGE", name, `expected a whole number ≥ ${min}, got '${String(value)}'`);
  return n;
}

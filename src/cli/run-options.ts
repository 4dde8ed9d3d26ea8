import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import { KoukaError } from "../errors.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../format/format-rows.js";
import { INPUT_ENCODINGS, type InputEncoding } from "../input/decode-bytes.js";
import { INPUT_FORMATS, type InputFormat } from "../readers/input-format.js";
import type { RecordOptions } from "../readers/record-options.js";
import { DEFAULT_DICTIONARY } from "../resources.js";

/** Options shared by every reading command, resolved once (one spelling each). */
export interface RunOptions {
  readonly dictionaries: readonly string[];
  readonly format: OutputFormat;
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
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function addSharedOptions(command: Command): Command {
  return command
    .option("-d, --dict <file>", "concept dictionary (repeatable; default: dictionaries/economies.yaml)", collect)
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS).default("csv"))
    .option("--bom", "start the output with a UTF-8 BOM (Excel)", false)
    .option("-o, --output <file>", "write the report to FILE (whole or not at all) instead of stdout")
    .option("-j, --jobs <n>", "worker threads (default: number of cores)")
    .addOption(new Option("--encoding <encoding>", "input encoding").choices(INPUT_ENCODINGS).default("auto"))
    .addOption(new Option("--input-format <format>", "format of standard input and named files (default: by extension)").choices(INPUT_FORMATS))
    .option("--text-field <name>", "record field (JSONL key, CSV column) holding the text", "text")
    .option("--id-field <name>", "record field holding the id (default: the record's number when absent)", "id")
    .option("--meta <fields>", "record fields to copy into every row, after document (comma-separated)")
    .option("--follow", "folder scans follow symbolic links to folders (each real file read once)", false)
    .option("--no-clean", "keep web clutter (navigation, teasers, credits)")
    .option("-q, --quiet", "no progress bar", false);
}

export function resolveRunOptions(raw: Record<string, unknown>): RunOptions {
  const jobs = raw["jobs"] === undefined ? availableParallelism() : Number(raw["jobs"]);
  if (!Number.isInteger(jobs) || jobs < 1) throw new KoukaError("USAGE", "--jobs", `expected a whole number ≥ 1, got '${String(raw["jobs"])}'`);
  return {
    dictionaries: (raw["dict"] as string[] | undefined) ?? [DEFAULT_DICTIONARY],
    format: raw["format"] as OutputFormat,
    bom: raw["bom"] === true,
    output: raw["output"] as string | undefined,
    jobs,
    encoding: raw["encoding"] as InputEncoding,
    inputFormat: raw["inputFormat"] as InputFormat | undefined,
    records: { textField: fieldName("--text-field", raw["textField"]), idField: fieldName("--id-field", raw["idField"]), meta: metaFields(raw["meta"]) },
    follow: raw["follow"] === true,
    clean: raw["clean"] !== false,
    quiet: raw["quiet"] === true,
  };
}

function fieldName(option: string, value: unknown): string {
  const name = String(value);
  if (name === "") throw new KoukaError("USAGE", option, "expected a field name");
  return name;
}

/** `--meta a,b` → ["a", "b"]: each named once. */
function metaFields(value: unknown): string[] {
  if (value === undefined) return [];
  const fields = String(value)
    .split(",")
    .map((f) => f.trim());
  if (fields.some((f) => f === "")) throw new KoukaError("USAGE", "--meta", `expected field names separated by commas, got '${String(value)}'`);
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice !== undefined) throw new KoukaError("USAGE", "--meta", `'${twice}' is named twice`);
  return fields;
}

/** A whole number option such as --top or --width. */
export function parseCount(name: string, value: unknown, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new KoukaError("USAGE", name, `expected a whole number ≥ ${min}, got '${String(value)}'`);
  return n;
}

import { availableParallelism } from "node:os";
import { Option, type Command } from "commander";
import { KoukaError } from "../errors.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../format/format-rows.js";
import { INPUT_ENCODINGS, type InputEncoding } from "../input/decode-bytes.js";
import type { InputFormat } from "../input/read-inputs.js";
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
  readonly inputFormat: InputFormat;
  readonly clean: boolean;
  readonly quiet: boolean;
  /** `--shard I/N`: only the documents whose name hashes to share I of N. */
  readonly shard: Shard | undefined;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** `partial`: the command's report can be made later from per-document results (`kouka merge`). */
export function addSharedOptions(command: Command, extra: { readonly partial?: boolean } = {}): Command {
  const formats = extra.partial ? [...OUTPUT_FORMATS, "partial"] : OUTPUT_FORMATS;
  return command
    .option("-d, --dict <file>", "concept dictionary (repeatable; default: dictionaries/economies.yaml)", collect)
    .addOption(new Option("-f, --format <format>", extra.partial ? "output format (partial: for kouka merge)" : "output format").choices(formats).default("csv"))
    .option("--bom", "start the output with a UTF-8 BOM (Excel)", false)
    .option("-o, --output <file>", "write the report to FILE (whole or not at all) instead of stdout")
    .option("-j, --jobs <n>", "worker threads (default: number of cores)")
    .addOption(new Option("--encoding <encoding>", "input encoding").choices(INPUT_ENCODINGS).default("auto"))
    .addOption(new Option("--input-format <format>", "format of standard input").choices(["text", "jsonl"]).default("text"))
    .option("--no-clean", "keep web clutter (navigation, teasers, credits)")
    .option("-q, --quiet", "no progress bar", false)
    .option("--shard <i/n>", "only share I of N of the documents (by a hash of their name), 0 ≤ I < N");
}

export function resolveRunOptions(raw: Record<string, unknown>): RunOptions {
  const jobs = raw["jobs"] === undefined ? availableParallelism() : Number(raw["jobs"]);
  if (!Number.isInteger(jobs) || jobs < 1) throw new KoukaError("USAGE", "--jobs", `expected a whole number ≥ 1, got '${String(raw["jobs"])}'`);
  return {
    dictionaries: (raw["dict"] as string[] | undefined) ?? [DEFAULT_DICTIONARY],
    format: raw["format"] as OutputFormat | "partial",
    bom: raw["bom"] === true,
    output: raw["output"] as string | undefined,
    jobs,
    encoding: raw["encoding"] as InputEncoding,
    inputFormat: raw["inputFormat"] as InputFormat,
    clean: raw["clean"] !== false,
    quiet: raw["quiet"] === true,
    shard: raw["shard"] === undefined ? undefined : parseShard(String(raw["shard"])),
  };
}

/** A whole number option such as --top or --width. */
export function parseCount(name: string, value: unknown, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new KoukaError("USAGE", name, `expected a whole number ≥ ${min}, got '${String(value)}'`);
  return n;
}

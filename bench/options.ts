import { parseArgs } from "node:util";

/** The benchmark's settings, resolved once from argv. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Size of the main corpus (throughput, --jobs, the small side of the RSS ratio). */
  readonly mb: number;
  /** Size of the large corpus for the RSS ratio. */
  readonly rssMb: number;
  /** Runs per measurement (the median is reported). */
  readonly runs: number;
  /** Runs per start-up measurement: they are cheap, so more of them. */
  readonly startupRuns: number;
  /**
   * Runs of the throughput and --jobs measurements: on a shared machine the CPU time of
   * identical runs was seen to vary by half, so five rather than three.
   */
  readonly throughputRuns: number;
  /** Size of the long-line texts, in KB of UTF-8. */
  readonly longKb: number;
  /** Size of the one-line text for `mentions` against the same text in lines, in MB. */
  readonly oneLineMb: number;
  /** Measure only one row group: `--only one-line` (mentions on one long line), `--only big-dict` (a 5,000-term dictionary) `--only merge` (map + merge) or `--only report` (the HTML report). */
  readonly only: "one-line" | "big-dict" | "merge" | "report" | undefined;
  /** Keep the temp folder (corpora, caches) for inspection. */
  readonly keep: boolean;
  /** Measure nothing: rebuild the table and LATEST.md from this results file. */
  readonly from: string | undefined;
  /** Only the tokenizer table (engine, stock kuromoji, MeCab, analyze, tokens, --jobs on 40 files). */
  readonly tokenizersOnly: boolean;
}

export const USAGE = `usage: npm run bench -- [--quick] [--mb N] [--rss-mb N] [--runs N] [--long-kb N] [--keep] [--from FILE]
  --quick      0.5 MB corpus, RSS 0.5 MB vs 5 MB (about 3 minutes)
  --mb N       main corpus size in MB (default 5, or 0.5 with --quick)
  --rss-mb N   large corpus for the peak-RSS ratio (default 10 × --mb)
  --runs N     runs per measurement, median reported (default 3, at least 3)
  --long-kb N  size of the long-line texts (default 200)
  --one-line-mb N  size of the one-line text for mentions vs lines (default 5, or 0.5 with --quick)
  --only one-line  measure only that row (a few minutes)
  --only merge only the merge rows (map + merge vs one run; 100 partials of 1,000 documents)
  --only report only the report rows (kouka report vs analyze on 10,000 documents; HTML size)
  --keep       keep the temp folder
  --from FILE  measure nothing: redo the table and bench/LATEST.md from a bench/results/*.json
  --tokenizers only the tokenizer table: kouka's engine, stock kuromoji, MeCab, analyze, tokens, --jobs on 40 files
  --only big-dict  only the 5,000-term dictionary rows (on the --mb corpus); LATEST.md untouched`;

const ARGS = {
  quick: { type: "boolean", default: false },
  mb: { type: "string" },
  "rss-mb": { type: "string" },
  runs: { type: "string" },
  "long-kb": { type: "string" },
  "one-line-mb": { type: "string" },
  only: { type: "string" },
  keep: { type: "boolean", default: false },
  from: { type: "string" },
  tokenizers: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function parseArgv(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: ARGS, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgv(argv);
  if (values.help) throw new UsageError("");
  const quick = values.quick === true;
  const mb = positive("--mb", values.mb, quick ? 0.5 : 5);
  const runs = positive("--runs", values.runs, 3);
  if (!Number.isInteger(runs) || runs < 3) throw new UsageError("--runs: expected a whole number ≥ 3");
  return {
    quick,
    mb,
    rssMb: positive("--rss-mb", values["rss-mb"], mb * 10),
    runs,
    startupRuns: quick ? Math.max(runs, 5) : Math.max(runs, 11),
    throughputRuns: quick ? runs : Math.max(runs, 5),
    longKb: positive("--long-kb", values["long-kb"], 200),
    oneLineMb: positive("--one-line-mb", values["one-line-mb"], quick ? 0.5 : 5),
    only: onlyOf(values.only),
    keep: values.keep === true,
    from: values.from,
    tokenizersOnly: values.tokenizers === true,
  };
}

export class UsageError extends Error {}

function onlyOf(raw: string | undefined): "one-line" | "big-dict" | "merge" | "report" | undefined {
  if (raw === undefined || raw === "one-line" || raw === "big-dict" || raw === "merge" || raw === "report") return raw;
  throw new UsageError(`--only: expected 'one-line', 'big-dict', 'merge' or 'report', got '${raw}'`);
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name}: expected a positive number, got '${raw}'`);
  return n;
}

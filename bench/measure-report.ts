import fs from "node:fs";
import path from "node:path";
import type { BenchContext } from "./bench-context.js";
import type { Article } from "./corpus.js";
import type { RunResult } from "./run-timed.js";
import { medianOf } from "./stats.js";
import type { Row } from "./table.js";

/** Documents in the report bench: a news feed's worth. */
const DOCUMENTS = 10_000;
const LIMIT_BYTES = 5_000_000;

export interface ReportRuns {
  readonly documents: number;
  readonly inputBytes: number;
  /** `kouka analyze --by date:month feed.jsonl` and `kouka report --by date:month -o report.html feed.jsonl`, interleaved. */
  readonly analyze: RunResult[];
  readonly report: RunResult[];
  readonly htmlBytes: number[];
}

/**
 * A JSONL feed of 10,000 records made from the corpus's paragraphs in turn (news-item
 * sized, 5 years of dates, three outlets), then `analyze` against `report` on it.
 */
export async function measureReport(ctx: BenchContext, articles: readonly Article[], runs: number): Promise<ReportRuns> {
  const paragraphs = articles.flatMap((a) => a.text.split(/\n\s*\n|\n/u).map((p) => p.trim()).filter((p) => p.length >= 40));
  if (paragraphs.length === 0) throw new Error("no paragraphs in the corpus");
  const outlets = ["経済日報", "産業新報", "市場通信"];
  const lines: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const month = i % 60;
    const date = `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    lines.push(JSON.stringify({ id: `d${i}`, date, outlet: outlets[i % outlets.length], text: paragraphs[i % paragraphs.length] }));
  }
  const feed = path.join(ctx.tmp, "report-feed.jsonl");
  const body = lines.join("\n") + "\n";
  fs.writeFileSync(feed, body);
  const html = path.join(ctx.tmp, "report.html");
  const out: ReportRuns = { documents: DOCUMENTS, inputBytes: Buffer.byteLength(body), analyze: [], report: [], htmlBytes: [] };
  for (let i = 0; i < runs; i++) {
    ctx.log(`report round ${i + 1}/${runs}: analyze --by date:month, then report --by date:month (${DOCUMENTS} documents)`);
    out.analyze.push(await ctx.run(ctx.koukaSpec(["analyze", "-q", "--by", "date:month", "-o", path.join(ctx.tmp, "by-month.csv"), feed])));
    out.report.push(await ctx.run(ctx.koukaSpec(["report", "-q", "--by", "date:month", "-o", html, feed])));
    out.htmlBytes.push(fs.statSync(html).size);
  }
  return out;
}

export function reportRows(m: ReportRuns): Row[] {
  const wall = (runs: readonly RunResult[]): number => medianOf(runs, (r) => r.wallMs)!;
  const cpu = (runs: readonly RunResult[]): number | null => medianOf(runs, (r) => r.cpuS);
  const ratio = wall(m.report) / wall(m.analyze);
  const html = Math.max(...m.htmlBytes);
  const input = `${m.documents} documents, ${(m.inputBytes / 1e6).toFixed(1)} MB JSONL`;
  const a = cpu(m.analyze);
  const r = cpu(m.report);
  return [
    {
      metric: `report --by date:month vs analyze --by date:month, ${input}, wall`,
      measured: `${(wall(m.report) / 1000).toFixed(2)} s${r === null ? "" : ` (${r.toFixed(2)} CPU s)`}`,
      baseline: `${(wall(m.analyze) / 1000).toFixed(2)} s${a === null ? "" : ` (${a.toFixed(2)} CPU s)`}`,
      ratio: `${ratio.toFixed(2)}×`,
      target: "< 3×",
      pass: ratio < 3 ? "pass" : "FAIL",
    },
    {
      metric: `report HTML size, ${input}`,
      measured: `${(html / 1e6).toFixed(2)} MB`,
      baseline: "—",
      ratio: "—",
      target: "< 5 MB",
      pass: html < LIMIT_BYTES ? "pass" : "FAIL",
    },
  ];
}

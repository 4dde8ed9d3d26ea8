import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chartCsvs, kwicPlaces, parseCsv } from "../view/read-report.js";
import { CORPUS, ROOT, runKouka } from "./run-kouka.js";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const NEWS = path.join(ROOT, "examples", "news.jsonl");
const INPUTS = [CORPUS, NEWS];
const CONCEPTS = ["scale", "network", "scope"];

/** Records with only these columns (what a chart draws of a wider report). */
const pick = (rows: Record<string, string>[], columns: readonly string[]): Record<string, string>[] =>
  rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""])));

describe("kouka report: each chart's CSV is the numbers of analyze, analyze --by, cooccur, terms", () => {
  let tmp: string;
  let html: string;
  let csv: Map<string, string>;
  let stderr: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-report-"));
    const out = path.join(tmp, "report.html");
    const r = runKouka(["report", "-q", "--by", "date:month", "-o", out, ...INPUTS]);
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
    html = readFileSync(out, "utf8");
    csv = chartCsvs(html);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("has every chart, each with its CSV", () => {
    expect([...csv.keys()].sort()).toEqual(["cooccur", "distribution", "heatmap", "terms", "timeline", "timeline-per-1k", "totals", "variants"].sort());
    expect(html.match(/<figure data-chart="/g)?.length).toBe(csv.size);
    // The grouping notes of analyze --by, on stderr as there.
    expect(stderr).toContain("(none)");
  });

  it("totals = analyze --summary (mentions, documents, per 1k tokens)", () => {
    const summary = parseCsv(runKouka(["analyze", "-q", "--summary", ...INPUTS]).stdout);
    expect(parseCsv(csv.get("totals")!)).toEqual(pick(summary, ["concept", "label", "mentions", "documents", "per_1k_tokens"]));
  });

  it("heatmap and time series = analyze --by date:month --long", () => {
    const long = parseCsv(runKouka(["analyze", "-q", "--by", "date:month", "--long", ...INPUTS]).stdout);
    const columns = ["date", "concept", "label", "count", "per_1k_tokens"];
    expect(parseCsv(csv.get("heatmap")!)).toEqual(pick(long, columns));
    const dated = pick(long, columns).filter((r) => /^\d{4}-\d{2}$/.test(r["date"]!));
    expect(dated.length).toBeGreaterThan(0);
    expect(parseCsv(csv.get("timeline")!)).toEqual(dated);
    expect(parseCsv(csv.get("timeline-per-1k")!)).toEqual(dated);
    // Empty months between the first and the last are drawn as zeros.
    expect(dated.some((r) => r["count"] === "0")).toBe(true);
  });

  it("co-occurrence = kouka cooccur, byte for byte", () => {
    expect(csv.get("cooccur")).toBe(runKouka(["cooccur", "-q", ...INPUTS]).stdout);
  });

  it("top terms = kouka terms --top 30, byte for byte", () => {
    expect(csv.get("terms")).toBe(runKouka(["terms", "-q", "--top", "30", ...INPUTS]).stdout);
  });

  it("distribution and variants add up analyze's per-document rows", () => {
    const wide = parseCsv(runKouka(["analyze", "-q", ...INPUTS]).stdout);
    const expected = CONCEPTS.flatMap((concept) => {
      const counts = wide.map((r) => Number(r[concept]));
      return Array.from({ length: Math.max(...counts) + 1 }, (_, k) => [concept, String(k), String(counts.filter((c) => c === k).length)]);
    });
    expect(parseCsv(csv.get("distribution")!).map((r) => [r["concept"], r["count"], r["documents"]])).toEqual(expected);

    const long = parseCsv(runKouka(["analyze", "-q", "--long", ...INPUTS]).stdout);
    const variants = new Map<string, number>();
    for (const r of long) {
      for (const part of r["variants"]!.split(";").filter(Boolean)) {
        const at = part.lastIndexOf(":");
        const key = `${r["concept"]}\t${part.slice(0, at)}`;
        variants.set(key, (variants.get(key) ?? 0) + Number(part.slice(at + 1)));
      }
    }
    const drawn = parseCsv(csv.get("variants")!).map((r) => [`${r["concept"]}\t${r["variant"]}`, Number(r["count"])] as const);
    expect(new Map(drawn)).toEqual(variants);
    expect(drawn.length).toBe(variants.size);
  });

  it("the KWIC table holds every mention, named document:line:column, like kouka mentions", () => {
    const mentions = parseCsv(runKouka(["mentions", "-q", ...INPUTS]).stdout);
    const places = kwicPlaces(html);
    expect(places.length).toBe(mentions.length);
    expect(new Set(places)).toEqual(new Set(mentions.map((m) => `${m["document"]}:${m["line"]}:${m["column"]}`)));
    expect(html).toContain('data-sampled="false"');
  });

  it("samples the KWIC table with --kwic and says so, naming kouka mentions", () => {
    const out = path.join(tmp, "sampled.html");
    const r = runKouka(["report", "-q", "--kwic", "2", "-o", out, ...INPUTS]);
    expect(r.code, r.stderr).toBe(0);
    const sampled = readFileSync(out, "utf8");
    const mentions = new Set(parseCsv(runKouka(["mentions", "-q", ...INPUTS]).stdout).map((m) => `${m["document"]}:${m["line"]}:${m["column"]}`));
    const places = kwicPlaces(sampled);
    expect(places.length).toBe(2 * CONCEPTS.length);
    for (const p of places) expect(mentions.has(p)).toBe(true);
    expect(sampled).toContain('data-sampled="true"');
    expect(sampled).toMatch(/A sample: 6 of \d+ mentions/);
    expect(sampled).toContain("kouka mentions");
    // Without --by: no time series or heatmap, and the page says how to get them.
    expect(chartCsvs(sampled).has("heatmap")).toBe(false);
    expect(sampled).toContain("--by date:month");
  });

  it("is one file with nothing to fetch: no http(s) URL, no external src or href", () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link /);
    expect(html).not.toMatch(/@import|url\(/);
    expect(statSync(path.join(tmp, "report.html")).size).toBeLessThan(5_000_000);
  });

  it("--top 0 draws no terms chart; standard input is named as such", () => {
    const r = runKouka(["report", "-q", "--top", "0", "-"], { input: "規模の経済が効いている。\n" });
    expect(r.code, r.stderr).toBe(0);
    expect(chartCsvs(r.stdout).has("terms")).toBe(false);
    expect(chartCsvs(r.stdout).get("totals")).toContain("scale,規模の経済,1,1,");
    expect(r.stdout).toContain("standard input");
  });

  it("a bad --by is a usage error (exit 2) and writes nothing", () => {
    const out = path.join(tmp, "bad.html");
    const r = runKouka(["report", "-q", "--by", "date:week", "-o", out, NEWS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--by");
    expect(() => statSync(out)).toThrow();
  });
});

describe("kouka report --from-partials", () => {
  let tmp: string;
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("draws the same numbers from partials (lines shuffled, in two files) as from the documents", () => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-report-partials-"));
    const direct = path.join(tmp, "direct.html");
    expect(runKouka(["report", "-q", "--by", "date:month", "-o", direct, ...INPUTS]).code).toBe(0);
    const parts = INPUTS.map((input, i) => {
      const r = runKouka(["analyze", "-q", "-f", "partial", input]);
      expect(r.code, r.stderr).toBe(0);
      const [header, ...lines] = r.stdout.trimEnd().split("\n");
      const file = path.join(tmp, `part-${i}.jsonl`);
      writeFileSync(file, [header, ...lines.reverse()].join("\n") + "\n");
      return file;
    });
    const merged = path.join(tmp, "merged.html");
    const r = runKouka(["report", "-q", "--from-partials", "--by", "date:month", "-o", merged, ...parts]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("(none)");
    const a = chartCsvs(readFileSync(direct, "utf8"));
    const b = chartCsvs(readFileSync(merged, "utf8"));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [id, text] of a) expect(b.get(id), id).toBe(text);
    const html = readFileSync(merged, "utf8");
    expect(kwicPlaces(html)).toEqual([]);
    expect(html).toContain("Made from partials");
  });

  it("names a cut partial line and still reports (exit 1), counting it as an error", () => {
    const file = path.join(tmp, "cut.jsonl");
    const r0 = runKouka(["analyze", "-q", "-f", "partial", NEWS]);
    writeFileSync(file, r0.stdout.slice(0, -40));
    const out = path.join(tmp, "cut.html");
    const r = runKouka(["report", "-q", "--from-partials", "-o", out, file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cut\.jsonl:\d+: not a partial line/);
    expect(readFileSync(out, "utf8")).toMatch(/<dt>エラー Errors<\/dt><dd>1/);
  });
});

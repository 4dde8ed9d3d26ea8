import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CORPUS, ROOT, SEED, STACK_TRACE, runKouka } from "./run-kouka.js";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** A deterministic shuffle (the lines of partials may come in any order). */
function shuffle<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("kouka analyze --shard and -f partial, kouka merge", () => {
  let tmp: string;
  const single = new Map<string, string>();
  const shards: string[] = [];

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-merge-cli-"));
    for (const opts of [[], ["--summary"], ["--long"], ["--by", "dir"]]) single.set(opts.join(" "), runKouka(["analyze", "-q", ...opts, CORPUS]).stdout);
    for (let i = 0; i < 3; i++) {
      const r = runKouka(["analyze", "-q", "-f", "partial", "--shard", `${i}/3`, CORPUS]);
      expect(r.code).toBe(0);
      shards.push(r.stdout);
      writeFileSync(path.join(tmp, `part-${i}.jsonl`), r.stdout);
    }
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("splits the documents between shards, each exactly once", () => {
    const documents = shards.flatMap((s) =>
      s
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { document?: string }).document)
        .filter((d) => d !== undefined),
    );
    expect(documents.sort()).toEqual(single.get("")!.trimEnd().split("\n").slice(1).map((l) => l.split(",")[0]).sort());
    expect(shards.every((s) => s.startsWith('{"format":"kouka-partial/1"'))).toBe(true);
  });

  it("merges shard files into the bytes of one run", () => {
    for (const [opts, expected] of single) {
      const merged = runKouka(["merge", ...(opts ? opts.split(" ") : []), ...[0, 1, 2].map((i) => path.join(tmp, `part-${i}.jsonl`))]);
      expect(merged.code, merged.stderr).toBe(0);
      expect(merged.stdout, opts).toBe(expected);
    }
  });

  it("merges the shards' lines shuffled into one stream on standard input", () => {
    const lines = shuffle(shards.join("").trimEnd().split("\n"));
    const merged = runKouka(["merge", "-"], { input: lines.join("\n") + "\n" });
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(single.get(""));
  });

  it("accepts empty shards and empty files", () => {
    const many = Array.from({ length: 24 }, (_, i) => runKouka(["analyze", "-q", "-f", "partial", "--shard", `${i}/24`, CORPUS]).stdout);
    const empty = many.filter((s) => s.trimEnd().split("\n").length === 1);
    expect(empty.length).toBeGreaterThan(0);
    const merged = runKouka(["merge", "--summary", "-"], { input: "\n" + many.join("") });
    expect(merged.stdout).toBe(single.get("--summary"));
    writeFileSync(path.join(tmp, "zero.jsonl"), "");
    writeFileSync(path.join(tmp, "header-only.jsonl"), empty[0]!);
    const withEmpty = runKouka(["merge", path.join(tmp, "zero.jsonl"), path.join(tmp, "part-0.jsonl"), path.join(tmp, "header-only.jsonl"), path.join(tmp, "part-1.jsonl"), path.join(tmp, "part-2.jsonl")]);
    expect(withEmpty.code, withEmpty.stderr).toBe(0);
    expect(withEmpty.stdout).toBe(single.get(""));
  });

  it("gives the report of no documents for no partial at all", () => {
    const none = runKouka(["merge", "-"], { input: "" });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toBe("document,chars,tokens,sentences,scale,network,scope\n");
    const headerOnly = runKouka(["merge", "--summary", path.join(tmp, "header-only.jsonl")]);
    expect(headerOnly.stdout).toBe("concept,label,mentions,documents,per_1k_tokens,top_variants\nscale,規模の経済,0,0,0,\nnetwork,ネットワーク効果,0,0,0,\nscope,範囲の経済,0,0,0,\n");
  });

  it("refuses partials made with other options, naming both (exit 2, nothing written)", () => {
    const other = runKouka(["analyze", "-q", "-f", "partial", "--no-clean", "--shard", "0/3", CORPUS]);
    writeFileSync(path.join(tmp, "no-clean.jsonl"), other.stdout);
    const merged = runKouka(["merge", path.join(tmp, "part-1.jsonl"), path.join(tmp, "no-clean.jsonl")]);
    expect(merged.code).toBe(2);
    expect(merged.stdout).toBe("");
    const fingerprint = (text: string) => (JSON.parse(text.split("\n")[0]!) as { fingerprint: string }).fingerprint;
    expect(merged.stderr).toContain(`part-1.jsonl:1 has fingerprint ${fingerprint(shards[1]!)}`);
    expect(merged.stderr).toContain(`no-clean.jsonl:1 has fingerprint ${fingerprint(other.stdout)}`);
    expect(merged.stderr).toContain("--no-clean");
    expect(merged.stderr).toMatch(/^kouka: merge: partials made with different dictionaries or options cannot be merged/);
    expect(merged.stderr).not.toMatch(STACK_TRACE);
  });

  it("names a line cut short, and reports the rest (exit 1)", () => {
    const lines = runKouka(["analyze", "-q", "-f", "partial", CORPUS]).stdout.trimEnd().split("\n");
    const last = Math.max(...lines.map((l, i) => (l.includes('","document":') ? i : -1)));
    expect(last).toBeGreaterThan(2);
    const cut = [...lines.slice(0, last), lines[last]!.slice(0, 80), ...lines.slice(last + 1)].join("\n") + "\n";
    writeFileSync(path.join(tmp, "cut.jsonl"), cut);
    const documents = lines.filter((l) => l.includes('","document":')).length;
    for (const args of [["merge"], ["merge", "--summary"], ["cooccur", "--from-partials"]]) {
      const merged = runKouka([...args, path.join(tmp, "cut.jsonl")]);
      expect(merged.code).toBe(1);
      expect(merged.stderr).toMatch(new RegExp(`^kouka: .*cut\\.jsonl:${last + 1}: not a partial line \\(cut short\\?\\)`, "m"));
      expect(merged.stderr).not.toMatch(STACK_TRACE);
      if (args.length === 1) expect(merged.stdout.trimEnd().split("\n")).toHaveLength(documents);
    }
    // A terms line cut short is named by the reports that read terms.
    const termsCut = [...lines.slice(0, -1), lines[lines.length - 1]!.slice(0, 50)].join("\n");
    writeFileSync(path.join(tmp, "cut-terms.jsonl"), termsCut);
    const terms = runKouka(["terms", "--from-partials", path.join(tmp, "cut-terms.jsonl")]);
    expect(terms.code).toBe(1);
    expect(terms.stderr).toContain(`cut-terms.jsonl:${lines.length}: not a partial line (cut short?)`);
  });

  it("refuses document lines without any header (exit 2)", () => {
    const lines = shards.join("").trimEnd().split("\n").filter((l) => !l.startsWith('{"format"'));
    const merged = runKouka(["merge", "-"], { input: lines.join("\n") + "\n" });
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/^kouka: -:1: no partial header line/);
  });

  it.each(["3/3", "1/0", "x", "-1/2", "1/2/3"])("refuses --shard %s as a usage error (exit 2)", (value) => {
    const r = runKouka(["analyze", "--shard", value, CORPUS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^kouka: --shard: expected I\/N/);
  });

  it("does not write partials from commands that do not reduce, nor merge into one", () => {
    expect(runKouka(["mentions", "-f", "partial", CORPUS]).code).toBe(2);
    expect(runKouka(["merge", "-f", "partial", "-"]).code).toBe(2);
  });

  it("refuses terms --suggest over partials, whose evidence points into the documents (exit 2, nothing written)", () => {
    for (const args of [["terms", "--suggest", "--from-partials", path.join(tmp, "part-0.jsonl")], ["terms", "--suggest", "-f", "partial", CORPUS]]) {
      const r = runKouka(args);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(/^kouka: --suggest: needs the documents themselves/);
    }
  });

  describe("--counts-only", () => {
    const countsOnly = (i: number): string => path.join(tmp, `counts-${i}.jsonl`);
    beforeAll(() => {
      for (let i = 0; i < 3; i++) {
        const r = runKouka(["analyze", "-q", "-f", "partial", "--counts-only", "--shard", `${i}/3`, CORPUS]);
        expect(r.code, r.stderr).toBe(0);
        writeFileSync(countsOnly(i), r.stdout);
      }
    });

    it("leaves the term lines out, and merges into the bytes of one run (analyze, cooccur)", () => {
      const parts = [0, 1, 2].map(countsOnly);
      const full = [0, 1, 2].map((i) => path.join(tmp, `part-${i}.jsonl`));
      const size = (files: string[]): number => files.reduce((n, f) => n + readFileSync(f).length, 0);
      expect(parts.some((f) => readFileSync(f, "utf8").includes('"terms_of"'))).toBe(false);
      expect(size(parts) * 5).toBeLessThan(size(full));
      for (const [opts, expected] of single) expect(runKouka(["merge", ...(opts ? opts.split(" ") : []), ...parts]).stdout, opts).toBe(expected);
      expect(runKouka(["cooccur", "--from-partials", ...parts]).stdout).toBe(runKouka(["cooccur", "-q", CORPUS]).stdout);
    });

    it("is refused where term statistics are needed, naming the partial (exit 2, nothing written)", () => {
      for (const args of [["terms", "--from-partials", countsOnly(1)], ["report", "--from-partials", countsOnly(1)]]) {
        const r = runKouka(args);
        expect([r.code, r.stdout]).toEqual([2, ""]);
        expect(r.stderr).toMatch(new RegExp(`^kouka: ${countsOnly(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1: made with --counts-only: it has no compound-term statistics`));
      }
      expect(runKouka(["report", "--top", "0", "--from-partials", countsOnly(1)]).code).toBe(0);
    });

    it("merges only with its like, and only with -f partial (exit 2)", () => {
      const mixed = runKouka(["merge", countsOnly(0), path.join(tmp, "part-1.jsonl")]);
      expect([mixed.code, mixed.stdout]).toEqual([2, ""]);
      expect(mixed.stderr).toContain("--counts-only)");
      expect(runKouka(["analyze", "--counts-only", CORPUS]).stderr).toBe("kouka: --counts-only: only with -f partial: it leaves the term statistics out of a partial\n");
      expect(runKouka(["terms", "-f", "partial", "--counts-only", CORPUS]).code).toBe(2);
    });
  });
});

/** Real texts by other authors (the dev set's), some with the game sense of 範囲の効果. */
const DEVSET_TEXTS = path.join(ROOT, "test", "fixtures", "devset", "texts");

describe("terms over partials where a document-wide context rule drops a match", () => {
  it("gives one run's bytes: 範囲の効果 as a game's area effect is neither a scope mention nor a scope term (the repro: partials counted it there)", () => {
    const inputs = ["s18-survival-aura.txt", "s20-aura-query.txt", "s22-req-aura.txt"].map((f) => path.join(DEVSET_TEXTS, f));
    const single = runKouka(["terms", "-q", ...inputs, SEED]);
    expect(single.code, single.stderr).toBe(0);
    // Only the seed's two scope mentions make 範囲の効果 a term; the game texts' three do not.
    expect(single.stdout).toMatch(/^\d+,範囲の効果,[\d.]+,2,1,scope$/m);
    const partial = runKouka(["terms", "-q", "-f", "partial", ...inputs, SEED]);
    expect(partial.code, partial.stderr).toBe(0);
    const merged = runKouka(["terms", "--from-partials", "-"], { input: partial.stdout });
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(single.stdout);
  });
});

describe("terms: the term tables against the ranking of compounds", () => {
  it.each(["keyness", "flr", "cvalue", "tfidf"])("--rank %s: one document's rows are the same from `terms` (term tables, map then reduce) and `terms --per-document` (its compounds ranked)", (rank) => {
    for (const file of [SEED, path.join(DEVSET_TEXTS, "s18-survival-aura.txt")]) {
      const tables = runKouka(["terms", "-q", "--rank", rank, file]);
      const compounds = runKouka(["terms", "-q", "--per-document", "--rank", rank, file]);
      expect([tables.code, compounds.code]).toEqual([0, 0]);
      const rows = (text: string, skip: number) => text.trimEnd().split("\n").map((l) => l.split(",").slice(skip).join(","));
      expect(rows(tables.stdout, 0).length).toBeGreaterThan(5);
      expect(rows(compounds.stdout, 1)).toEqual(rows(tables.stdout, 0));
    }
  });
});

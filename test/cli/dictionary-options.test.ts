import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parseCsv, ROOT, runKouka, SEED, STACK_TRACE } from "./run-kouka.js";
import { tempFolder } from "./temp-folder.js";

// Dictionary options and the checks made on loading (DESIGN.md "Dictionaries").
vi.setConfig({ testTimeout: 180_000 });

const temp = tempFolder("kouka-dict-");
const { put } = temp;

const concept = (id: string, term: string, label = id): string => `  - id: ${id}\n    label: ${label}\n    terms:\n      - ${term}\n`;
const TEXT = "クラウドの規模の経済と、ネットワーク効果とフィンテック。\n";
const header = (stdout: string): string[] => parseCsv(stdout)[0] ?? [];

describe("-d adds to the default dictionary; --no-default-dict; -d default", () => {
  it("the repro: -d FILE adds its concepts after the default's", () => {
    const cloud = put("cloud.yaml", `concepts:\n${concept("cloud", "クラウド")}`);
    const r = runKouka(["analyze", "-d", cloud], { input: TEXT });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(header(r.stdout)).toEqual(["document", "chars", "tokens", "sentences", "scale", "network", "scope", "cloud"]);
    expect(parseCsv(r.stdout)[1]!.slice(4)).toEqual(["1", "1", "0", "1"]);
  });

  it("variants: two -d files keep their order; --no-default-dict leaves the default out; -d default places it", () => {
    const cloud = put("cloud2.yaml", `concepts:\n${concept("cloud", "クラウド")}`);
    const fin = put("fin.yaml", `concepts:\n${concept("fintech", "フィンテック")}`);
    const both = runKouka(["analyze", "-d", fin, "-d", cloud], { input: TEXT });
    expect(header(both.stdout).slice(4)).toEqual(["scale", "network", "scope", "fintech", "cloud"]);
    const only = runKouka(["analyze", "--no-default-dict", "-d", cloud], { input: TEXT });
    expect([only.code, header(only.stdout).slice(4)]).toEqual([0, ["cloud"]]);
    const placed = runKouka(["analyze", "--no-default-dict", "-d", cloud, "-d", "default"], { input: TEXT });
    expect(header(placed.stdout).slice(4)).toEqual(["cloud", "scale", "network", "scope"]);
    const named = runKouka(["mentions", "-d", "default"], { input: TEXT });
    expect([named.code, named.stderr]).toEqual([0, ""]);
    expect(parseCsv(named.stdout).slice(1).map((r) => r[3])).toEqual(["scale", "network"]);
  });

  it("--no-default-dict without -d is a usage error, exit 2", () => {
    const r = runKouka(["analyze", "--no-default-dict", SEED]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "kouka: --no-default-dict: no dictionary left: add one with -d FILE\n"]);
  });
});

describe("concept ids that clash: a dictionary error, exit 2, before anything is written", () => {
  it("the repro: a concept id equal to an output column (tokens)", () => {
    const bad = put("tokens.yaml", `concepts:\n${concept("tokens", "クラウド")}`);
    const dir = path.join(temp.dir, "clash-out");
    mkdirSync(dir);
    const r = runKouka(["analyze", "-d", bad, "-o", "out.csv", SEED], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`kouka: ${bad}:2: concept id 'tokens' is also the name of an output column; choose another id\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("variants: document and sentences in dict check; an id the default dictionary already has", () => {
    const cols = put("cols.yaml", `concepts:\n${concept("document", "クラウド")}${concept("sentences", "フィンテック")}`);
    const check = runKouka(["dict", "check", cols]);
    expect(check.code).toBe(2);
    expect(check.stderr.split("\n").filter((l) => l !== "")).toEqual([
      `kouka: ${cols}:2: concept id 'document' is also the name of an output column; choose another id`,
      `kouka: ${cols}:6: concept id 'sentences' is also the name of an output column; choose another id`,
    ]);
    const again = put("again.yaml", `concepts:\n${concept("scale", "スケール感")}`);
    const r = runKouka(["analyze", "-d", again, SEED]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(new RegExp(`^kouka: ${again.replace(/[.]/g, "\\.")}:2: concept id 'scale' is already defined in .*economies\\.yaml`));
    // With the default left out, the same file is fine.
    expect(runKouka(["analyze", "--no-default-dict", "-d", again, SEED]).code).toBe(0);
  });
});

describe("dictionaries must be UTF-8", () => {
  const iconv = (text: string, to: string): Buffer => spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: text }).stdout;
  const source = `concepts:\n${concept("kibo", "規模の経済", "規模")}`;

  it("the repro: a Shift_JIS dictionary is refused (exit 2) instead of never matching", () => {
    const sjis = put("sjis.yaml", iconv(source, "SHIFT_JIS"));
    const r = runKouka(["analyze", "-d", sjis, SEED]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`kouka: ${sjis}:3: not UTF-8 (save the file as UTF-8)\n`);
    const check = runKouka(["dict", "check", sjis]);
    expect([check.code, check.stderr]).toEqual([2, `kouka: ${sjis}:3: not UTF-8 (save the file as UTF-8)\n`]);
  });

  it("variants: EUC-JP and UTF-16 refused; UTF-8 with a BOM accepted; dict check goes on to the next file", () => {
    const euc = put("euc.yaml", iconv(source, "EUC-JP"));
    const u16 = put("u16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, "utf16le")]));
    const bom = put("bom.yaml", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source)]));
    const r = runKouka(["dict", "check", euc, u16, bom]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n").filter((l) => l !== "")).toEqual([
      `kouka: ${euc}:3: not UTF-8 (save the file as UTF-8)`,
      `kouka: ${u16}:1: not UTF-8 (save the file as UTF-8)`,
    ]);
    expect(r.stdout).toBe(`${bom}: ok (1 concept, 1 term)\n`);
  });
});

describe("dict check", () => {
  it("prints `FILE: ok (N concepts, M terms)` per good file on stdout, exit 0", () => {
    const two = put("two.yaml", `concepts:\n${concept("cloud", "クラウド{化|サービス}")}${concept("fintech", "フィンテック")}`);
    const r = runKouka(["dict", "check", path.join(ROOT, "dictionaries", "economies.yaml"), two]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.split("\n").filter((l) => l !== "");
    expect(lines[0]).toMatch(/economies\.yaml: ok \(3 concepts, \d+ terms\)$/);
    expect(lines[1]).toBe(`${two}: ok (2 concepts, 3 terms)`);
  });
});

describe("YAML anchors and aliases", () => {
  it("the repro: `terms: *t` is read as the list it names (two concepts then claim one term: said so, not 'must be a list')", () => {
    const file = put(
      "alias.yaml",
      "concepts:\n  - id: cloud\n    label: クラウド\n    terms: &t\n      - クラウド\n  - id: cloud-again\n    label: クラウド2\n    terms: *t\n",
    );
    const r = runKouka(["analyze", "--no-default-dict", "-d", file], { input: TEXT });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).not.toMatch(/must be a list|has no terms/);
    expect(r.stderr).toMatch(/alias\.yaml:\d+: term 'クラウド' is already a term of concept 'cloud'/);
    const shared = put(
      "alias2.yaml",
      "defaults: &d\n  label: 共通\nconcepts:\n  - id: a\n    label: &l ラベル\n    description: &desc 説明\n    terms: [&x {term: クラウド, left: open}]\n  - id: b\n    label: *l\n    description: *desc\n    terms: [フィンテック]\n",
    );
    // `defaults` is not a key kouka knows: the alias machinery must not hide that problem.
    const check = runKouka(["dict", "check", shared]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/alias2\.yaml:1: unknown key 'defaults'/);
  });

  it("variant: aliases of a label, a description and a whole term mapping give the same counts as written out", () => {
    const aliased = put(
      "aliased.yaml",
      "concepts:\n  - id: a\n    label: &l ラベル\n    description: &desc 説明\n    terms:\n      - &x {term: クラウド, left: open}\n  - id: b\n    label: *l\n    description: *desc\n    terms: [フィンテック]\n",
    );
    const plain = put(
      "plain.yaml",
      "concepts:\n  - id: a\n    label: ラベル\n    description: 説明\n    terms:\n      - {term: クラウド, left: open}\n  - id: b\n    label: ラベル\n    description: 説明\n    terms: [フィンテック]\n",
    );
    const a = runKouka(["analyze", "--long", "--no-default-dict", "-d", aliased], { input: TEXT });
    const p = runKouka(["analyze", "--long", "--no-default-dict", "-d", plain], { input: TEXT });
    expect([a.code, a.stderr]).toEqual([0, ""]);
    expect(a.stdout).toBe(p.stdout);
  });

  it("deep nesting: a clear message with a line, no 'Maximum call stack'", () => {
    const deep = put("deep.yaml", `concepts: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`);
    const r = runKouka(["analyze", "-d", deep, SEED]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).not.toMatch(/call stack|Maximum/i);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toMatch(new RegExp(`^kouka: ${deep.replace(/[.]/g, "\\.")}:1: nested deeper than 64 levels`));
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROOT, runKouka } from "./run-kouka.js";

// Import real-shaped foreign dictionaries, then count a document with the import alone.
vi.setConfig({ testTimeout: 180_000 });

const FIXTURES = path.join("test", "fixtures", "dict-import");
const DOC = path.join(FIXTURES, "doc.txt");
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-import-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Imports `fixture` to a file, then analyzes doc.txt with it alone: the import's stderr and the count row. */
function importAndCount(fixture: string, format?: string): { code: number | null; stderr: string; header: string; counts: string; yaml: string } {
  const out = path.join(tmp, `${fixture}.yaml`);
  const imported = runKouka(["dict", "import", path.join(FIXTURES, fixture), ...(format ? ["--format", format] : []), "-o", out], { cwd: ROOT });
  const analyzed = runKouka(["analyze", "--no-default-dict", "-d", out, DOC], { cwd: ROOT });
  expect(analyzed.stderr).toBe("");
  const [header = "", row = ""] = analyzed.stdout.trim().split("\n");
  return { code: imported.code, stderr: imported.stderr, header, counts: row.split(",").slice(4).join(","), yaml: readFileSync(out, "utf8") };
}

describe("kouka dict import", () => {
  it("quanteda YAML: nested keys become parent.child ids, a trailing * a prefix, globs reported", () => {
    const r = importAndCount("economy.yml");
    expect(r.header).toBe("document,chars,tokens,sentences,competition.advantage,competition.pricing,platform,growth");
    // 競争優位 1+1, 差別化 2 | 値下げ* (値下げ合戦) 1 | プラットフォーム 1, 二面市場 1 | 成長 2
    expect(r.counts).toBe("4,1,2,2");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "kouka: test/fixtures/dict-import/economy.yml:14: 'z??' uses a wildcard kouka has no form for (only a trailing * is a prefix): left out",
      "kouka: test/fixtures/dict-import/economy.yml:14: key 'odd' has no words kouka can use: left out",
      "kouka: test/fixtures/dict-import/economy.yml:15: '*ing' uses a wildcard kouka has no form for (only a trailing * is a prefix): left out",
    ]);
    expect(r.code).toBe(1); // something was left out
  });

  it("LIWC .dic: the % block names categories, entries are tab-separated, * is a prefix", () => {
    const r = importAndCount("economy.dic");
    expect(r.header).toBe("document,chars,tokens,sentences,competition,growth");
    // 差別化 2, 拡大* 2 (拡大し, 拡大路線), 競争 0 (競争優位 is another compound) | 成長 2
    expect(r.counts).toBe("4,2");
    expect(r.stderr).toContain("economy.dic:4: category 'unused' has no words: left out");
    expect(r.stderr).toContain("economy.dic:9: '拡大*' is already a term of 'competition'");
    expect(r.stderr).toContain("economy.dic:10: 'like': category '134/125[...]' is not in the % block");
    expect(r.code).toBe(1);
  });

  it("KH Coder coding rules: & | ! near() seq() and parentheses become terms with rules", () => {
    const r = importAndCount("economy-rules.txt");
    expect(r.header).toBe("document,chars,tokens,sentences,code1,code2,code3");
    // code1: 競争優位 near 持続 (1 of 2), 差別化 not near 製品 (1 of 2)
    // code2: プラットフォーム 1, 市場 near 支配 within 5 (1), seq(二面-市場) 1
    // code3: 成長 & (売上 | 利益): only the sentence with 売上
    expect(r.counts).toBe("2,3,1");
    expect(r.yaml).toContain("label: 競争優位");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "kouka: test/fixtures/dict-import/economy-rules.txt:8: code '成長': '成長率' searches raw text; kouka rules match words only: left out",
      "kouka: test/fixtures/dict-import/economy-rules.txt:10: code '変数': unexpected '年度-->2020': left out",
    ]);
    expect(r.code).toBe(1);
  });

  it("guesses the format from content; --format overrides; a clean import exits 0 to stdout", () => {
    const clean = runKouka(["dict", "import", "-"], { cwd: ROOT, input: "" });
    expect(clean.code).toBe(2);
    const file = path.join(tmp, "clean.dic");
    writeFileSync(file, "%\n1\tgood\n%\n良い\t1\n");
    const r = runKouka(["dict", "import", file], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("  - id: good\n    label: good\n    terms:\n      - 良い\n");
    const forced = runKouka(["dict", "import", "--format", "quanteda", file], { cwd: ROOT });
    expect(forced.code).toBe(2);
  });
});

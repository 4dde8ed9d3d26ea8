import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CORPUS, countsOf, csvRecords, parseCsv, ROOT, runKouka, runShell, SEED, STACK_TRACE } from "./run-kouka.js";
import { tempFolder } from "./temp-folder.js";

// Each test spawns the CLI, sometimes a dozen times: slow on a loaded machine, never stuck.
vi.setConfig({ testTimeout: 180_000 });

// The bad-input battery: every input kouka can be handed by mistake, each mixed with the
// seed article so we also see that no good document is lost (DESIGN.md "Errors and exit codes").

const SEED_BODY = readFileSync(SEED, "utf8").split("\n")[0]! + "\n\n";

const temp = tempFolder("kouka-bad-");
const { put } = temp;

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** Text in a legacy encoding, made by iconv so the test does not share kouka's decoder. */
function iconv(text: string, to: string): Buffer {
  const r = spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: text });
  if (r.status !== 0) throw new Error(`iconv -t ${to} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

function utf16(text: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (order === "be") le.swap16();
  return Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** stderr holds exactly one line per failed input, each `kouka: <path>: <why>`. */
function expectMessages(stderr: string, expected: readonly { where: string; why: RegExp }[]): void {
  expect(stderr).not.toMatch(STACK_TRACE);
  const got = stderr.split("\n").filter((l) => l !== "");
  expect(got, stderr).toHaveLength(expected.length);
  expected.forEach(({ where, why }, i) => {
    expect(got[i]).toMatch(new RegExp(`^kouka: ${escape(where)}: ${why.source}`));
  });
}

describe("bad inputs next to a good one: named on stderr, exit 1, the seed still 7,7,4", () => {
  const battery: { name: string; make: () => string; why: RegExp }[] = [
    { name: "missing file", make: () => path.join(temp.dir, "nope.txt"), why: /no such file or directory$/ },
    {
      name: "directory without text files",
      make: () => {
        put("no-text/data.xlsx", "a,b\n");
        put("no-text/sub/image.png", randomBytes(64, 7));
        put("no-text/.hidden.txt", "規模の経済");
        return path.join(temp.dir, "no-text");
      },
      why: /no \.txt, \.md, \.markdown, \.html, \.htm, \.jsonl, \.ndjson, \.csv, \.tsv files \(skipped 2 files with other extensions \(\.png 1, \.xlsx 1\)\)$/,
    },
    {
      name: "binary file (random bytes and NUL)",
      make: () => put("binary.txt", Buffer.concat([randomBytes(3000, 42), Buffer.from([0, 1, 0x50, 0x44, 0x46, 0, 0xff, 0xfe])])),
      why: /not a text file/,
    },
    {
      name: "invalid UTF-8 that is not Shift_JIS or EUC-JP either",
      make: () => put("latin1.txt", Buffer.from("Café, économie d'échelle, naïveté — résumé.", "latin1")),
      why: /cannot decode|not valid/,
    },
    {
      name: "UTF-8 Japanese with one corrupt byte",
      make: () => put("corrupt.txt", Buffer.concat([Buffer.from("規模の経済が働く。"), Buffer.from([0xff]), Buffer.from("ネットワーク効果。\n")])),
      why: /cannot decode|not valid/,
    },
    { name: "a file path with a trailing slash", make: () => `${SEED}/`, why: /no such file or directory$|not a directory/ },
  ];

  for (const { name, make, why } of battery) {
    it(name, () => {
      const bad = make();
      const { code, stdout, stderr } = runKouka(["analyze", bad, SEED]);
      expect(code, stderr).toBe(1);
      expectMessages(stderr, [{ where: bad, why }]);
      expect(countsOf(stdout, SEED)).toBe("7,7,4");
      expect(csvRecords(stdout).map((r) => r["document"])).toEqual([SEED]);
    });
  }

  it("a folder holding a good and a binary file reports the bad one by its path inside the folder", () => {
    put("mixed/a.txt", readFileSync(SEED));
    put("mixed/b/broken.txt", Buffer.concat([Buffer.from([0]), randomBytes(500, 9)]));
    put("mixed/c.md", "範囲の経済\n");
    const { code, stdout, stderr } = runKouka(["analyze", "mixed"], { cwd: temp.dir });
    expect(code).toBe(1);
    expectMessages(stderr, [{ where: "mixed/b/broken.txt", why: /not a text file/ }]);
    expect(csvRecords(stdout).map((r) => r["document"])).toEqual(["mixed/a.txt", "mixed/c.md"]);
    expect(countsOf(stdout, "mixed/a.txt")).toBe("7,7,4");
    expect(countsOf(stdout, "mixed/c.md")).toBe("0,0,1");
  });

  it("a folder with a symlink loop is walked once", () => {
    put("loop/a.txt", readFileSync(SEED));
    symlinkSync(path.join(temp.dir, "loop"), path.join(temp.dir, "loop", "again"));
    const { code, stdout, stderr } = runKouka(["analyze", path.join(temp.dir, "loop")], { timeoutMs: 60_000 });
    // Not followed without --follow, and said so.
    expect(stderr).toBe(`kouka: ${path.join(temp.dir, "loop")}: skipped 1 symbolic link to folders (--follow reads them)\n`);
    expect(code).toBe(0);
    expect(csvRecords(stdout).map((r) => r["document"])).toEqual([path.join(temp.dir, "loop", "a.txt")]);
    const followed = runKouka(["analyze", "--follow", path.join(temp.dir, "loop")], { timeoutMs: 60_000 });
    expect(followed.stderr).toBe("");
    expect(csvRecords(followed.stdout).map((r) => r["document"])).toEqual([path.join(temp.dir, "loop", "a.txt")]);
  });

  it("standard input named twice is a usage error: exit 2, nothing written", () => {
    const { code, stdout, stderr } = runKouka(["analyze", "-", SEED, "-"], { input: "規模の経済\n" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectMessages(stderr, [{ where: "-", why: /standard input is named more than once/ }]);
  });
});

describe("encodings: each file holds 規模の経済 (scale 1) and is read, exit 0", () => {
  const TEXT = "規模の経済が効く。\n";
  const encodings: { name: string; bytes: () => Buffer }[] = [
    { name: "Shift_JIS", bytes: () => iconv(TEXT, "SHIFT_JIS") },
    { name: "CP932", bytes: () => iconv(TEXT, "CP932") },
    { name: "EUC-JP", bytes: () => iconv(TEXT, "EUC-JP") },
    { name: "UTF-16 LE with BOM", bytes: () => utf16(TEXT, "le") },
    { name: "UTF-16 BE with BOM", bytes: () => utf16(TEXT, "be") },
    { name: "UTF-8 with BOM", bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]) },
    { name: "UTF-8 with CRLF", bytes: () => Buffer.from(TEXT.replace("\n", "\r\n")) },
  ];
  for (const { name, bytes } of encodings) {
    it(name, () => {
      const file = put(`enc/${name.replace(/\W+/g, "-")}.txt`, bytes());
      const { code, stdout, stderr } = runKouka(["analyze", file, SEED]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(countsOf(stdout, file)).toBe("1,0,0");
      expect(countsOf(stdout, SEED)).toBe("7,7,4");
    });
  }

  it("whole corpus articles in Shift_JIS and EUC-JP give the same rows as UTF-8 (but the document name)", () => {
    const names = readdirSync(CORPUS).filter((n) => n.endsWith(".txt"));
    const files = names.flatMap((n) => {
      const text = readFileSync(path.join(CORPUS, n), "utf8");
      return [put(`legacy/sjis/${n}`, iconv(text, "SHIFT_JIS")), put(`legacy/euc/${n}`, iconv(text, "EUC-JP"))];
    });
    const legacy = runKouka(["analyze", ...files]);
    const utf8 = runKouka(["analyze", ...names.map((n) => path.join(CORPUS, n))]);
    expect(legacy.stderr).toBe("");
    expect(legacy.code).toBe(0);
    const strip = (r: Record<string, string>): string => Object.entries(r).filter(([k]) => k !== "document").map(([, v]) => v).join(",");
    const want = new Map(csvRecords(utf8.stdout).map((r) => [path.basename(r["document"]!), strip(r)]));
    for (const row of csvRecords(legacy.stdout)) expect([row["document"], strip(row)]).toEqual([row["document"], want.get(path.basename(row["document"]!))]);
  });

  it("CRLF line ends, Shift_JIS and astral or combining characters keep counts and mention positions", () => {
    const names = readdirSync(CORPUS).filter((n) => n.endsWith(".txt"));
    const variants = names.flatMap((n) => {
      const text = readFileSync(path.join(CORPUS, n), "utf8");
      const crlf = text.replace(/\n/g, "\r\n");
      // At paragraph starts only: a prefix on every line would break the hard wraps of 060.
      const odd = text.replace(/(^|\n\n)(?=\S)/g, "$1😀e\u0301ｶﾞ𠮷。");
      return [
        { file: put(`positions/crlf/${n}`, crlf), text: crlf, name: n },
        { file: put(`positions/sjis-crlf/${n}`, iconv(crlf, "SHIFT_JIS")), text: crlf, name: n },
        { file: put(`positions/odd/${n}`, odd), text: odd, name: n },
      ];
    });
    const analyzed = runKouka(["analyze", ...variants.map((v) => v.file)]);
    const plain = runKouka(["analyze", ...names.map((n) => path.join(CORPUS, n))]);
    const counts = new Map(csvRecords(plain.stdout).map((r) => [path.basename(r["document"]!), countsOf(plain.stdout, r["document"]!)]));
    for (const v of variants) expect([v.file, countsOf(analyzed.stdout, v.file)]).toEqual([v.file, counts.get(v.name)]);

    const mentions = runKouka(["mentions", ...variants.map((v) => v.file)]);
    expect(mentions.code).toBe(0);
    const byFile = new Map(variants.map((v) => [v.file, v.text]));
    const rows = csvRecords(mentions.stdout);
    expect(rows.length).toBeGreaterThan(200);
    for (const r of rows) {
      // line and column are 1-based code points in the original input; the evidence starts there.
      const lines = byFile.get(r["document"]!)!.split("\n");
      const before = lines.slice(0, Number(r["line"]) - 1).join("\n");
      const from = [...before].length + (Number(r["line"]) > 1 ? 1 : 0) + Number(r["column"]) - 1;
      const rest = [...byFile.get(r["document"]!)!].slice(from).join("");
      expect(rest.startsWith(r["matched"]!), `${r["document"]}:${r["line"]}:${r["column"]} ${r["matched"]}`).toBe(true);
    }
  });

  it("UTF-16 without a BOM is read with --encoding utf-16, and auto mode says so", () => {
    const file = put("enc/utf16-nobom.txt", Buffer.from(TEXT, "utf16le"));
    const { code, stdout } = runKouka(["analyze", "--encoding", "utf-16", file]);
    expect(code).toBe(0);
    expect(countsOf(stdout, file)).toBe("1,0,0");
    const auto = runKouka(["analyze", file]);
    expect(auto.code).toBe(1);
    expect(auto.stderr).toContain(`${file}: not a text file (binary data); if it is UTF-16 text without a byte order mark, use --encoding utf-16`);
  });
});

describe("empty documents yield rows of zeros", () => {
  it("an empty file and a whitespace-only file, exit 0", () => {
    const empty = put("empty/empty.txt", "");
    const blank = put("empty/blank.txt", " \n\t\r\n\u3000\n\n");
    const { code, stdout, stderr } = runKouka(["analyze", empty, blank, SEED]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const rows = csvRecords(stdout);
    expect(rows.map((r) => r["document"])).toEqual([empty, blank, SEED]);
    for (const row of rows.slice(0, 2)) expect([row["tokens"], row["scale"], row["network"], row["scope"]]).toEqual(["0", "0", "0", "0"]);
    expect(countsOf(stdout, SEED)).toBe("7,7,4");
  });

  it("empty standard input gives one row of zeros", () => {
    const { code, stdout } = runKouka(["analyze"], { input: "" });
    expect(code).toBe(0);
    expect(countsOf(stdout, "-")).toBe("0,0,0");
  });
});

describe("a large file", () => {
  // The battery's 50 MB file, one document (it cannot be spread over workers); about two
  // minutes on one core. KOUKA_BIG_MB=2 makes local runs quicker.
  const megabytes = Number(process.env["KOUKA_BIG_MB"] ?? 50);
  const repeats = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(SEED_BODY));

  it(
    `${megabytes} MB of the seed article repeated ${repeats} times counts ${repeats}×7 scale`,
    () => {
      const file = put("big/big.txt", SEED_BODY.repeat(repeats));
      const started = Date.now();
      const { code, stdout, stderr } = runKouka(["analyze", "-j", "2", file, SEED], { timeoutMs: 30 * 60_000 });
      const seconds = (Date.now() - started) / 1000;
      console.log(`kouka analyze on ${megabytes} MB: ${seconds.toFixed(1)} s`);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(countsOf(stdout, file)).toBe(`${repeats * 7},${repeats * 7},${repeats * 4}`);
      expect(countsOf(stdout, SEED)).toBe("7,7,4");
    },
    40 * 60_000,
  );

  it("kouka tokens on a document over a million characters among small ones: the same rows whatever --jobs", () => {
    const file = put("big-tokens/big.txt", SEED_BODY.repeat(Math.ceil(1_100_000 / SEED_BODY.length)));
    const small = put("big-tokens/small.txt", SEED_BODY);
    const two = runKouka(["tokens", "-j", "2", small, file, SEED], { timeoutMs: 10 * 60_000 });
    const one = runKouka(["tokens", "-j", "1", small, file, SEED], { timeoutMs: 10 * 60_000 });
    expect([two.code, two.stderr]).toEqual([0, ""]);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
    const documents = csvRecords(two.stdout).map((r) => r["document"]);
    expect(documents.filter((d) => d === file).length).toBeGreaterThan(500_000);
    expect([documents[0], documents.at(-1)]).toEqual([small, SEED]);
  }, 20 * 60_000);
});

describe("JSONL input", () => {
  it("one bad line: exit 1, stderr names file:2, the other lines are reported", () => {
    const file = put("jsonl/d.jsonl", '{"id":"j1","text":"範囲の経済"}\n{oops\n{"id":"j3","text":"ネットワーク効果"}\n');
    const { code, stdout, stderr } = runKouka(["analyze", file, SEED]);
    expect(code).toBe(1);
    expectMessages(stderr, [{ where: `${file}:2`, why: /invalid JSON/ }]);
    expect(csvRecords(stdout).map((r) => [r["document"], countsOf(stdout, r["document"]!)])).toEqual([
      [`${file}#j1`, "0,0,1"],
      [`${file}#j3`, "0,1,0"],
      [SEED, "7,7,4"],
    ]);
  });

  it("every kind of bad record is named by its line (blank lines counted) and the good ones kept", () => {
    const lines = [
      '{"id":"a","text":"規模の経済"}',
      "",
      '["not","an","object"]',
      '{"text":"no id"}',
      '{"id":"c"}',
      '{"id":"d","text":5}',
      '{"id":"","text":"empty id"}',
      '{"id":7,"text":"ネットワーク効果"}',
    ];
    const file = put("jsonl/kinds.jsonl", lines.join("\r\n") + "\r\n");
    const { code, stdout, stderr } = runKouka(["analyze", file]);
    expect(code).toBe(1);
    expectMessages(
      stderr,
      [3, 5, 6].map((n) => ({ where: `${file}:${n}`, why: /./ })),
    );
    // A record without an id (or with an empty one) is named by its number among the records.
    expect(csvRecords(stdout).map((r) => r["document"])).toEqual([`${file}#a`, `${file}#3`, `${file}#6`, `${file}#7`]);
  });
});

describe("JSONL text that JSON allows but files cannot carry", () => {
  // "\u0000" and a lone surrogate (an emoji cut in half by a scraper) are valid JSON
  // escapes. Each record must still end as a row or a message; the run must go on.
  for (const [name, text] of [
    ["a NUL character", "規模の経済\\u0000です"],
    ["a lone high surrogate", "規模の経済\\ud83d"],
    ["a lone low surrogate", "\\ude00規模の経済"],
  ] as const) {
    it(`${name}: no crash, the other documents reported`, () => {
      const file = put(`jsonl-odd/${name.replace(/\W+/g, "-")}.jsonl`, `{"id":"odd","text":"${text}"}\n{"id":"good","text":"ネットワーク効果"}\n`);
      const { code, stdout, stderr } = runKouka(["analyze", file, SEED]);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect([0, 1], stderr).toContain(code);
      const documents = csvRecords(stdout).map((r) => r["document"]);
      expect(documents.includes(`${file}#odd`) !== stderr.includes(`kouka: ${file}:1: `), "odd: a row or a message").toBe(true);
      expect(countsOf(stdout, `${file}#good`)).toBe("0,1,0");
      expect(countsOf(stdout, SEED)).toBe("7,7,4");
    });
  }
});

describe("usage errors speak in kouka's voice", () => {
  // DESIGN.md: "Messages go to stderr as `kouka: <what>: <why>`" — commander's own
  // parse errors included (its "(Did you mean …?)" hint may follow on its own line).
  it("unknown option, bad choice, missing argument, unknown command: exit 2, `kouka: ` lines only", () => {
    const runs = [["analyze", "--lonng", SEED], ["analyze", "-f", "xml", SEED], ["dict", "check"], ["analyz", SEED]];
    const offending: string[] = [];
    for (const args of runs) {
      const { code, stdout, stderr } = runKouka(args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      const lines = stderr.split("\n").filter((l) => l !== "" && !/^\(Did you mean/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      offending.push(...lines.filter((l) => !/^kouka: \S.*: \S/.test(l)));
    }
    expect(offending).toEqual([]);
  });
});

describe("dictionaries", () => {
  it("a malformed dictionary: exit 2, file:line on stderr, nothing on stdout", () => {
    const dict = put("dict/bad.yaml", "concepts:\n  - id: a\n    terms: [規模の経済\n");
    const { code, stdout, stderr } = runKouka(["analyze", "-d", dict, SEED]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^kouka: ${escape(dict)}:\\d+: `));
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("a missing dictionary: exit 2, nothing on stdout", () => {
    const dict = path.join(temp.dir, "dict", "missing.yaml");
    const { code, stdout, stderr } = runKouka(["analyze", "-d", dict, SEED]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^kouka: ${escape(dict)}: `));
  });

  it("a custom dictionary given relative to the working directory is found there", () => {
    put("dict/own/mine.yaml", "concepts:\n  - id: cloud\n    label: クラウド\n    terms:\n      - クラウド\n");
    const { code, stdout, stderr } = runKouka(["analyze", "-d", "own/mine.yaml", "-"], { cwd: path.join(temp.dir, "dict"), input: "クラウドとクラウド。" });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [header, row] = parseCsv(stdout);
    // -d adds its concepts after the default dictionary's.
    expect(header).toEqual(["document", "chars", "tokens", "sentences", "scale", "network", "scope", "cloud"]);
    expect([row?.[0], row?.[7]]).toEqual(["-", "2"]);
  });
});

describe("a closed pipe ends the run quietly", () => {
  beforeAll(() => {
    for (let i = 0; i < 40; i++) put(`many/p${String(i).padStart(2, "0")}.txt`, readFileSync(SEED));
  });
  for (const command of ["analyze", "analyze -f jsonl", "mentions", "tokens"]) {
    it(`kouka ${command} many-files | head -1`, () => {
      const r = runShell(`kouka ${command} many | head -1; echo "exit=\${PIPESTATUS[0]}"`, { cwd: temp.dir });
      expect(r.stderr).toBe("");
      expect(r.stdout.split("\n")[1]).toBe("exit=0");
    });
  }
  it("kouka --help | head -1", () => {
    const r = runShell(`kouka --help | head -1; echo "exit=\${PIPESTATUS[0]}"`, { cwd: temp.dir });
    expect([r.stderr, r.stdout.split("\n")[1]]).toEqual(["", "exit=0"]);
  });
});

describe("standard output that cannot be written", () => {
  it.skipIf(!existsSync("/dev/full"))("a full disk behind > file is an error naming standard output, exit 2", () => {
    const r = runShell(`kouka mentions many > /dev/full`, { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kouka: standard output: cannot write the report: no space left on device\n");
  });
});

describe("-o, --output", () => {
  it("an unwritable path (missing folder): exit 2, a message naming it, nothing on stdout", () => {
    const target = path.join(temp.dir, "no-such-folder", "out.csv");
    const { code, stdout, stderr } = runKouka(["analyze", "-o", target, SEED]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectMessages(stderr, [{ where: target, why: /cannot write/ }]);
  });

  it("the message names the user's path, not kouka's temp file", () => {
    const target = path.join(temp.dir, "no-such-folder", "out.csv");
    const { stderr } = runKouka(["analyze", "-o", target, SEED]);
    expect(stderr).not.toMatch(/\.tmp\b/);
  });

  it("a target that is a folder: exit 2 and no temp file left beside it", () => {
    const parent = path.join(temp.dir, "out-dir");
    mkdirSync(path.join(parent, "report.csv"), { recursive: true });
    const target = path.join(parent, "report.csv");
    const { code, stdout, stderr } = runKouka(["analyze", "-o", target, SEED]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectMessages(stderr, [{ where: target, why: /cannot write/ }]);
    expect(readdirSync(parent)).toEqual(["report.csv"]);
  });

  it("a run that fails (bad dictionary) leaves no output file and no temp file", () => {
    const dir = path.join(temp.dir, "atomic-fail");
    mkdirSync(dir);
    const dict = put("atomic-fail-dict/bad.yaml", "concepts: [\n");
    const { code, stdout } = runKouka(["analyze", "-d", dict, "-o", "out.csv", SEED], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a run that fails keeps an existing report as it was", () => {
    const dir = path.join(temp.dir, "atomic-keep");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "out.csv"), "old report\n");
    const { code } = runKouka(["mentions", "--concept", "nope", "-o", "out.csv", SEED], { cwd: dir });
    expect(code).toBe(2);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8")).toBe("old report\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("a successful run writes exactly the bytes it would print, relative to the working directory", () => {
    const dir = path.join(temp.dir, "atomic-ok");
    mkdirSync(dir);
    const inputs = [SEED, path.join(CORPUS, "010_cloud.txt")];
    for (const args of [["analyze", "--bom"], ["analyze", "--summary"], ["mentions"], ["terms", "--top", "10"]]) {
      rmSync(path.join(dir, "out.csv"), { force: true });
      const printed = runKouka([...args, ...inputs]);
      const written = runKouka([...args, "-o", "out.csv", ...inputs], { cwd: dir });
      expect(written.code).toBe(0);
      expect(written.stdout).toBe("");
      expect(readFileSync(path.join(dir, "out.csv")).equals(printed.stdoutBytes), args.join(" ")).toBe(true);
      expect(readdirSync(dir)).toEqual(["out.csv"]);
    }
  });

  it("a run with an unreadable input still writes the report (exit 1)", () => {
    const dir = path.join(temp.dir, "atomic-partial");
    mkdirSync(dir);
    const { code, stderr } = runKouka(["analyze", "-o", "out.csv", "missing.txt", SEED], { cwd: dir });
    expect(code).toBe(1);
    expectMessages(stderr, [{ where: "missing.txt", why: /no such file/ }]);
    expect(countsOf(readFileSync(path.join(dir, "out.csv"), "utf8"), SEED)).toBe("7,7,4");
  });
});

describe("byte-identical output", () => {
  it("from run to run, for every report, whatever --jobs", () => {
    const sjis = put("same/sjis.txt", iconv("範囲の経済と規模の経済。\n", "SHIFT_JIS"));
    const inputs = [path.join(CORPUS, "070_mixed_forms.txt"), sjis, SEED, path.join(CORPUS, "060_pdf_wrapped.txt")];
    for (const args of [["analyze", "--long"], ["analyze", "--summary"], ["mentions"], ["terms"], ["tokens", "-f", "jsonl"]]) {
      const first = runKouka([...args, "-j", "1", ...inputs]);
      const second = runKouka([...args, "-j", "3", ...inputs]);
      expect(first.code).toBe(0);
      expect(second.stdoutBytes.equals(first.stdoutBytes), args.join(" ")).toBe(true);
    }
  });

  it("relative paths give the same rows from any working directory", () => {
    const fromRoot = runKouka(["analyze", "corpus"], { cwd: ROOT });
    const fromCorpus = runKouka(["analyze", "."], { cwd: CORPUS });
    const strip = (out: string): string[] => parseCsv(out).map((r) => r.slice(1).join(","));
    expect(strip(fromCorpus.stdout)).toEqual(strip(fromRoot.stdout));
    expect(csvRecords(fromCorpus.stdout).map((r) => r["document"])[0]).toBe("./000_ff73a4c8bf075508.txt");
  });
});

describe("CSV injection escaping with --excel-safe", () => {
  const feed = '{"id":"=cmd()","text":"規模の経済"}\n{"id":"+SUM(1)","text":"x"}\n{"id":"@x","text":"x"}\n';

  it("a JSONL id '=cmd()' comes out as '=cmd() in CSV and TSV, as is in JSONL", () => {
    const csv = runKouka(["analyze", "--excel-safe", "--input-format", "jsonl"], { input: feed });
    expect(csvRecords(csv.stdout).map((r) => r["document"])).toEqual(["'=cmd()", "'+SUM(1)", "'@x"]);
    const tsv = runKouka(["analyze", "-f", "tsv", "--excel-safe", "--input-format", "jsonl"], { input: feed });
    expect(parseCsv(tsv.stdout, "\t").slice(1).map((r) => r[0])).toEqual(["'=cmd()", "'+SUM(1)", "'@x"]);
    const jsonl = runKouka(["analyze", "-f", "jsonl", "--excel-safe", "--input-format", "jsonl"], { input: feed });
    expect(jsonl.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { document: string }).document)).toEqual(["=cmd()", "+SUM(1)", "@x"]);
  });

  it("standard input's document '-' stays '-'", () => {
    const { stdout } = runKouka(["analyze", "--excel-safe"], { input: "規模の経済" });
    expect(stdout.split("\n")[1]).toBe("-,5,3,1,1,0,0");
  });

  it("a file whose name starts with '=' is escaped too, and odd names are quoted", () => {
    put("names/=evil.txt", "規模の経済");
    put('names/a,b "c".txt', "範囲の経済");
    put("names/two\nlines.txt", "ネットワーク効果");
    const { code, stdout } = runKouka(["analyze", "--excel-safe", "=evil.txt", 'a,b "c".txt', "two\nlines.txt"], { cwd: path.join(temp.dir, "names") });
    expect(code).toBe(0);
    expect(csvRecords(stdout).map((r) => [r["document"], countsOf(stdout, r["document"]!)])).toEqual([
      ["'=evil.txt", "1,0,0"],
      ['a,b "c".txt', "0,0,1"],
      ["two\nlines.txt", "0,1,0"],
    ]);
  });

  it("mention context that starts with '=' is escaped", () => {
    const { stdout } = runKouka(["mentions", "--excel-safe"], { input: "=規模の経済" });
    const [, row] = parseCsv(stdout);
    expect(row?.[6]).toBe("'=");
  });
});

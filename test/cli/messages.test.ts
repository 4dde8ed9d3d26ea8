import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { oneLine } from "../../src/cli/cli-io.js";
import { run } from "../../src/cli/run.js";
import { KoukaError } from "../../src/errors.js";
import { loadDictionary } from "../../src/library/load-dictionary.js";
import { countsOf, runKouka, SEED, STACK_TRACE } from "./run-kouka.js";

// What users see on stderr (issue 19 item 9, issue 12's smaller things): one line per
// message, `kouka: <what>: <why>`, never Node's raw errors, never the prefix twice.
vi.setConfig({ testTimeout: 180_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-msg-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Every stderr line has kouka's shape, once; no stack trace, no raw errno. */
function expectKoukaLines(stderr: string, count: number): string[] {
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(stderr).not.toMatch(/EISDIR|ENOENT|illegal operation/);
  const lines = stderr.split("\n").filter((l) => l !== "" && !l.startsWith("(Did you mean"));
  expect(lines, stderr).toHaveLength(count);
  for (const line of lines) {
    expect(line).toMatch(/^kouka: \S.*: \S/);
    expect(line).not.toMatch(/kouka: .*kouka: /);
  }
  return lines;
}

describe("a folder or a missing file as a dictionary", () => {
  it("the repro: -d . says it is a directory in kouka's words, exit 2", () => {
    const r = runKouka(["analyze", "-d", ".", SEED], { cwd: tmp });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(r.stderr, 1)).toEqual(["kouka: .: cannot read the dictionary: is a directory"]);
  });

  it("variants: a folder with a trailing slash in dict check, a missing file", () => {
    mkdirSync(path.join(tmp, "dicts"), { recursive: true });
    const check = runKouka(["dict", "check", "dicts/"], { cwd: tmp });
    expect(check.code).toBe(2);
    expect(expectKoukaLines(check.stderr, 1)).toEqual(["kouka: dicts/: cannot read the dictionary: is a directory"]);
    const missing = runKouka(["mentions", "-d", "nope.yaml", SEED], { cwd: tmp });
    expect(missing.code).toBe(2);
    expect(expectKoukaLines(missing.stderr, 1)).toEqual(["kouka: nope.yaml: cannot read the dictionary: no such file or directory"]);
  });
});

describe("the kouka: prefix appears once", () => {
  it("the repro: an unknown command", () => {
    const r = runKouka(["analyz", SEED]);
    expect(r.code).toBe(2);
    expect(expectKoukaLines(r.stderr, 1)[0]).toBe("kouka: analyz: unknown command 'analyz'");
  });

  it("variants: an unknown top-level option, a bad --encoding, a message that itself starts with kouka:", () => {
    const option = runKouka(["--frobnicate"]);
    expect(option.code).toBe(2);
    expect(expectKoukaLines(option.stderr, 1)[0]).toBe("kouka: --frobnicate: unknown option '--frobnicate'");
    const encoding = runKouka(["analyze", "--encoding", "latin-1", SEED]);
    expect(encoding.code).toBe(2);
    expectKoukaLines(encoding.stderr, 1);
    const written: string[] = [];
    const stderr = new Writable({ write: (c: Buffer, _e, done) => (written.push(c.toString()), done()) });
    // warn() itself strips a repeated prefix, wherever a message came from.
    return import("../../src/cli/cli-io.js").then(({ warn }) => {
      warn({ stdin: (async function* () {})(), stdout: stderr, stderr, stderrIsTTY: false }, "kouka: kouka: x: y");
      expect(written).toEqual(["kouka: x: y\n"]);
    });
  });
});

describe("names with line breaks never split a message line", () => {
  it("the repro: a JSONL file whose name holds a newline, with a bad line", () => {
    const dir = path.join(tmp, "nl");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a\nb.jsonl"), '{"id":"x","text":"規模の経済"}\n{oops\n');
    const r = runKouka(["analyze", "a\nb.jsonl"], { cwd: dir });
    expect(r.code).toBe(1);
    const [line] = expectKoukaLines(r.stderr, 1);
    expect(line).toMatch(/^kouka: a\\nb\.jsonl:2: invalid JSON/);
  });

  it("variants: a missing file with CR, LF and U+2028 in its name; an -o path with a newline", () => {
    const r = runKouka(["analyze", "gone\r\nfile\u2028.txt", SEED], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(expectKoukaLines(r.stderr, 1)).toEqual(["kouka: gone\\r\\nfile\\u2028.txt: no such file or directory"]);
    expect(countsOf(r.stdout, SEED)).toBe("7,7,4");
    const o = runKouka(["analyze", "-o", "no\nfolder/out.csv", SEED], { cwd: tmp });
    expect(o.code).toBe(2);
    expect(expectKoukaLines(o.stderr, 1)).toEqual(["kouka: no\\nfolder/out.csv: cannot write the report: no such file or directory"]);
  });

  it("oneLine escapes controls but keeps tabs and ordinary text", () => {
    expect(oneLine("a\nb\rc\u0000d\te 規模")).toBe("a\\nb\\rc\\u0000d\te 規模");
  });
});

describe("kouka with no command: a one-line hint on stderr, exit 2 (help is kouka --help, on stdout, exit 0)", () => {
  it("the repro: `kouka`", () => {
    const r = runKouka([]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(r.stderr, 1)[0]).toMatch(/^kouka: no command given; usage: kouka <analyze\|mentions\|terms\|tokens\|dict>/);
  });

  it("variants: `kouka dict` alone, and `kouka --help` / `kouka help` on stdout with exit 0", () => {
    const dict = runKouka(["dict"]);
    expect([dict.code, dict.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(dict.stderr, 1)[0]).toMatch(/usage: kouka dict check FILE/);
    // Help asked for a command that does not exist is one line too, not the whole help on stderr.
    const nope = runKouka(["help", "SJIS", "--no-default-dict"]);
    expect([nope.code, nope.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(nope.stderr, 1)).toEqual(["kouka: help: unknown or missing command (see kouka --help)"]);
    for (const args of [["--help"], ["help"]]) {
      const help = runKouka(args);
      expect([help.code, help.stderr]).toEqual([0, ""]);
      expect(help.stdout).toMatch(/^Usage: kouka/);
    }
  });
});

describe("standard input named twice", () => {
  it("the repro: `- -` is a usage error, exit 2, nothing written", () => {
    const r = runKouka(["analyze", "-", "-"], { input: "規模の経済" });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(r.stderr, 1)).toEqual(["kouka: -: standard input is named more than once"]);
  });

  it("variant: mentions with a file between the two, and -o: no file written", () => {
    const dir = path.join(tmp, "twice");
    mkdirSync(dir, { recursive: true });
    const r = runKouka(["mentions", "-", SEED, "-", "-o", "out.csv"], { input: "規模の経済", cwd: dir });
    expect(r.code).toBe(2);
    expectKoukaLines(r.stderr, 1);
    expect(spawnSync("ls", ["-A", dir]).stdout.toString()).toBe("");
  });
});

describe("an empty path", () => {
  it("found by the fuzz suite: `kouka tokens ''` is a usage error naming '', exit 2", () => {
    const r = runKouka(["tokens", ""]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(expectKoukaLines(r.stderr, 1)).toEqual(["kouka: '': an empty path (an unset shell variable?)"]);
    const first = runKouka(["", "-x"]);
    expect(expectKoukaLines(first.stderr, 1)).toEqual(["kouka: '': unknown command ''"]);
  });
});

/** The CLI in this process, with a fake terminal on stdin. */
async function runInProcess(argv: string[], stdinIsTTY: boolean, text: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    stdin: (async function* () {
      yield Buffer.from(text);
    })(),
    stdout: new Writable({ write: (c: Buffer, _e, done) => (out.push(c.toString()), done()) }),
    stderr: new Writable({ write: (c: Buffer, _e, done) => (err.push(c.toString()), done()) }),
    stderrIsTTY: false,
    stdinIsTTY: () => stdinIsTTY,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("standard input from a terminal", () => {
  it("the repro: no path and a terminal on stdin: stderr says kouka waits for text and how to end it", async () => {
    const r = await runInProcess(["analyze", "-j", "1"], true, "規模の経済\n");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("kouka: -: reading the text from the terminal: type or paste it, then press Ctrl-D on an empty line (Ctrl-C stops)\n");
    expect(countsOf(r.stdout, "-")).toBe("1,0,0");
  });

  it("variants: said for an explicit '-', not said for a pipe or when only files are named", async () => {
    expect((await runInProcess(["mentions", "-j", "1", "-"], true, "範囲の経済")).stderr).toMatch(/Ctrl-D/);
    expect((await runInProcess(["analyze", "-j", "1"], false, "範囲の経済")).stderr).toBe("");
    expect((await runInProcess(["analyze", "-j", "1", SEED], true, "")).stderr).toBe("");
  });
});

describe("--encoding accepts the usual aliases", () => {
  const iconv = (text: string, to: string): Buffer => spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: text }).stdout;
  const TEXT = "規模の経済とネットワーク効果。\n";

  it("the repro: --encoding UTF-8 (upper case) and sjis", () => {
    const sjis = path.join(tmp, "sjis.txt");
    writeFileSync(sjis, iconv(TEXT, "SHIFT_JIS"));
    const upper = runKouka(["analyze", "--encoding", "UTF-8", SEED]);
    expect([upper.code, countsOf(upper.stdout, SEED)]).toEqual([0, "7,7,4"]);
    const r = runKouka(["analyze", "--encoding", "sjis", sjis]);
    expect([r.code, r.stderr, countsOf(r.stdout, sjis)]).toEqual([0, "", "1,1,0"]);
  });

  it("variants: cp932, Windows-31J, EUC-JP, eucjp, utf-16le, UTF16 (a BOM-less UTF-16 BE file)", () => {
    const cases: [string, Buffer][] = [
      ["cp932", iconv(TEXT, "CP932")],
      ["Windows-31J", iconv(TEXT, "CP932")],
      ["EUC-JP", iconv(TEXT, "EUC-JP")],
      ["eucjp", iconv(TEXT, "EUC-JP")],
      ["utf-16le", Buffer.from(TEXT, "utf16le")],
      ["UTF16", Buffer.from(TEXT, "utf16le").swap16()],
    ];
    const files = cases.map(([name, bytes], i) => {
      const file = path.join(tmp, `enc-${i}.txt`);
      writeFileSync(file, bytes);
      return { name, file };
    });
    for (const { name, file } of files) {
      const r = runKouka(["analyze", "--encoding", name, file]);
      expect([name, r.code, r.stderr, countsOf(r.stdout, file)]).toEqual([name, 0, "", "1,1,0"]);
    }
  });
});

describe("the library's errors name the file", () => {
  it("loadDictionary on a folder, a missing file and a Shift_JIS file", async () => {
    const sjis = path.join(tmp, "sjis.yaml");
    writeFileSync(sjis, spawnSync("iconv", ["-f", "UTF-8", "-t", "SHIFT_JIS"], { input: "concepts:\n  - id: a\n    label: 規模\n    terms: [規模]\n" }).stdout);
    for (const [file, why] of [
      [tmp, "cannot read the dictionary: is a directory"],
      [path.join(tmp, "none.yaml"), "cannot read the dictionary: no such file or directory"],
      [sjis, "not UTF-8 (save the file as UTF-8)"],
    ] as const) {
      const e = await loadDictionary(file).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(KoukaError);
      expect((e as KoukaError).describe()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(:\\d+)?: ${why.replace(/[()]/g, "\\$&")}$`));
    }
  });
});

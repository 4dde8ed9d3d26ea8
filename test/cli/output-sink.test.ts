import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, countsOf, runKouka, runShell, SEED, STACK_TRACE } from "./run-kouka.js";

// `-o FILE` end to end (DESIGN.md "Errors and exit codes"): every kind of target, in a
// temporary folder (FIFOs, symlinks, device nodes made here; never a real /dev entry).
vi.setConfig({ testTimeout: 180_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-out-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
/** A fresh folder for one test. */
function folder(): string {
  const dir = path.join(tmp, `t${n++}`);
  mkdirSync(dir);
  return dir;
}

const seedReport = (): Buffer => runKouka(["analyze", SEED]).stdoutBytes;

describe("a regular file is replaced atomically and keeps its mode and owner", () => {
  it("mode 0640 stays 0640, the bytes are the report, no temp file left", () => {
    const dir = folder();
    const out = path.join(dir, "out.csv");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o640);
    const before = statSync(out).ino;
    const r = runKouka(["analyze", "-o", out, SEED]);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, "", ""]);
    expect(statSync(out).mode & 0o7777).toBe(0o640);
    expect(statSync(out).ino, "replaced by rename, not rewritten in place").not.toBe(before);
    expect(readFileSync(out).equals(seedReport())).toBe(true);
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("variant: an executable 0755 file and a private 0600 one keep their modes", () => {
    const dir = folder();
    for (const mode of [0o755, 0o600]) {
      const out = path.join(dir, `out-${mode.toString(8)}.csv`);
      writeFileSync(out, "old\n");
      chmodSync(out, mode);
      expect(runKouka(["analyze", "-o", out, SEED]).code).toBe(0);
      expect(statSync(out).mode & 0o7777).toBe(mode);
    }
  });

  it.skipIf(process.getuid?.() !== 0)("the owner and group are kept (run as root, which may give files away)", () => {
    const dir = folder();
    const out = path.join(dir, "theirs.csv");
    writeFileSync(out, "old\n");
    chownSync(out, 4321, 4322);
    expect(runKouka(["analyze", "-o", out, SEED]).code).toBe(0);
    expect([statSync(out).uid, statSync(out).gid]).toEqual([4321, 4322]);
  });

  it("a new file is created with the usual mode (0666 less the umask)", () => {
    const dir = folder();
    const r = runShell(`umask 027; kouka analyze -o new.csv "${SEED}"; echo "exit=$?"`, { cwd: dir });
    expect(r.stdout).toBe("exit=0\n");
    expect(statSync(path.join(dir, "new.csv")).mode & 0o777).toBe(0o640);
  });
});

describe("a symlink is followed: the link stays a link, its target gets the report", () => {
  it("link → existing file", () => {
    const dir = folder();
    writeFileSync(path.join(dir, "real.csv"), "old\n");
    chmodSync(path.join(dir, "real.csv"), 0o604);
    symlinkSync("real.csv", path.join(dir, "link.csv"));
    const r = runKouka(["analyze", "-o", "link.csv", SEED], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(lstatSync(path.join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, "link.csv"))).toBe("real.csv");
    expect(readFileSync(path.join(dir, "real.csv")).equals(seedReport())).toBe(true);
    expect(statSync(path.join(dir, "real.csv")).mode & 0o7777).toBe(0o604);
    expect(readdirSync(dir).sort()).toEqual(["link.csv", "real.csv"]);
  });

  it("variant: a chain of two links into another folder, and a dangling link (its target is created)", () => {
    const dir = folder();
    mkdirSync(path.join(dir, "reports"));
    writeFileSync(path.join(dir, "reports", "real.csv"), "old\n");
    symlinkSync("reports/real.csv", path.join(dir, "first.csv"));
    symlinkSync(path.join(dir, "first.csv"), path.join(dir, "second.csv"));
    expect(runKouka(["analyze", "-o", path.join(dir, "second.csv"), SEED]).code).toBe(0);
    expect(readFileSync(path.join(dir, "reports", "real.csv")).equals(seedReport())).toBe(true);
    expect(lstatSync(path.join(dir, "second.csv")).isSymbolicLink()).toBe(true);
    expect(readdirSync(path.join(dir, "reports"))).toEqual(["real.csv"]);

    symlinkSync("reports/later.csv", path.join(dir, "dangling.csv"));
    expect(runKouka(["analyze", "-o", "dangling.csv", SEED], { cwd: dir }).code).toBe(0);
    expect(lstatSync(path.join(dir, "dangling.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "reports", "later.csv")).equals(seedReport())).toBe(true);
  });

  it("variant: a symlink loop is a clear error, exit 2", () => {
    const dir = folder();
    symlinkSync("b.csv", path.join(dir, "a.csv"));
    symlinkSync("a.csv", path.join(dir, "b.csv"));
    const r = runKouka(["analyze", "-o", "a.csv", SEED], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kouka: a.csv: cannot write the report: too many levels of symbolic links\n");
  });
});

/** Starts `cat FIFO > sink` in the background; resolves with what it read once kouka closes the FIFO. */
function readFifo(fifo: string, sink: string): Promise<string> {
  const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, sink]);
  return new Promise((resolve) => reader.on("exit", () => resolve(readFileSync(sink, "utf8"))));
}

describe("a FIFO or a device is written in place, never replaced", () => {
  it("a FIFO: the reader gets the report, the FIFO is still a FIFO", async () => {
    const dir = folder();
    const fifo = path.join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const read = readFifo(fifo, path.join(dir, "got.csv"));
    const r = runKouka(["analyze", "-o", fifo, SEED]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(await read).toBe(seedReport().toString("utf8"));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["got.csv", "pipe"]);
  });

  it("variant: a symlink to a FIFO, with mentions and a reader that stops after one line (quiet, exit 0)", async () => {
    const dir = folder();
    const fifo = path.join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    symlinkSync(fifo, path.join(dir, "to-pipe"));
    const reader = spawn("sh", ["-c", 'head -c 10 "$1" > "$2"', "sh", fifo, path.join(dir, "head.txt")]);
    const done = new Promise((resolve) => reader.on("exit", resolve));
    const many = Array.from({ length: 30 }, () => SEED);
    const r = runKouka(["mentions", "-j", "1", "-o", path.join(dir, "to-pipe"), ...many]);
    await done;
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, "head.txt"), "utf8")).toBe("document,l");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  const mknod = (file: string): boolean => spawnSync("mknod", [file, "c", "1", "3"]).status === 0;
  it("a character device node (made here: major 1, minor 3, a null device) stays a device", () => {
    const dir = folder();
    const device = path.join(dir, "null");
    if (!mknod(device)) return; // no permission to make device nodes here
    const r = runKouka(["analyze", "-o", device, SEED]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(["null"]);
  });
});

describe("-o naming one of the inputs: usage error, exit 2, the input untouched", () => {
  function expectRefused(args: string[], cwd: string, input: string): void {
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const r = runKouka(args, { cwd });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^kouka: .+: the output is one of the inputs.*; nothing was written/);
    expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
    expect(readdirSync(path.dirname(input)).some((f) => f.endsWith(".tmp"))).toBe(false);
  }

  it("the repro: `kouka analyze a.txt -o a.txt`", () => {
    const dir = folder();
    writeFileSync(path.join(dir, "a.txt"), "規模の経済\n");
    expectRefused(["analyze", "a.txt", "-o", "a.txt"], dir, path.join(dir, "a.txt"));
  });

  it("variants: through a symlink, a hard link, ./x/../ spelling, and a folder scan", () => {
    const dir = folder();
    mkdirSync(path.join(dir, "corpus", "sub"), { recursive: true });
    const input = path.join(dir, "corpus", "sub", "b.txt");
    writeFileSync(input, "範囲の経済\n");
    symlinkSync(input, path.join(dir, "link.txt"));
    linkSync(input, path.join(dir, "hard.txt"));
    expectRefused(["mentions", "corpus/sub/b.txt", "-o", "link.txt"], dir, input);
    expectRefused(["analyze", "hard.txt", "-o", "corpus/sub/b.txt"], dir, input);
    expectRefused(["analyze", "corpus/sub/b.txt", "-o", "corpus/../corpus/sub/b.txt"], dir, input);
    expectRefused(["analyze", "corpus", "-o", "corpus/sub/b.txt"], dir, input);
    expectRefused(["tokens", SEED, "corpus", "-o", "link.txt"], dir, input);
  });

  it("variant: -o naming the dictionary given with -d", () => {
    const dir = folder();
    const dict = path.join(dir, "mine.yaml");
    writeFileSync(dict, "concepts:\n  - id: cloud\n    label: クラウド\n    terms: [クラウド]\n");
    expectRefused(["analyze", "-d", "mine.yaml", "-o", "mine.yaml", SEED], dir, dict);
  });

  it("a file in the scanned folder that the scan would not read (another extension) may be the output", () => {
    const dir = folder();
    mkdirSync(path.join(dir, "corpus"));
    writeFileSync(path.join(dir, "corpus", "a.txt"), "規模の経済\n");
    writeFileSync(path.join(dir, "corpus", "report.out"), "old\n");
    const r = runKouka(["analyze", "corpus", "-o", "corpus/report.out"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, "kouka: corpus: skipped 1 file with other extensions (.out 1)\n"]);
    expect(countsOf(readFileSync(path.join(dir, "corpus", "report.out"), "utf8"), "corpus/a.txt")).toBe("1,0,0");
  });
});

describe("targets that cannot be written get a message naming them", () => {
  it("-o '' (the repro): exit 2, says a file name is expected", () => {
    const r = runKouka(["analyze", "-o", "", SEED]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("kouka: --output: expected a file name, got ''\n");
  });

  it("variant: -o into a folder that does not exist, and -o naming a folder", () => {
    const dir = folder();
    const missing = runKouka(["analyze", "-o", "nope/out.csv", SEED], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, "kouka: nope/out.csv: cannot write the report: no such file or directory\n"]);
    mkdirSync(path.join(dir, "sub"));
    const isFolder = runKouka(["analyze", "-o", "sub", SEED], { cwd: dir });
    expect([isFolder.code, isFolder.stderr]).toEqual([2, "kouka: sub: cannot write the report: it is a folder\n"]);
    expect(readdirSync(dir)).toEqual(["sub"]);
  });

  it.skipIf(process.getuid?.() === 0)("a read-only file and a read-only folder (not as root)", () => {
    const dir = folder();
    writeFileSync(path.join(dir, "ro.csv"), "old\n");
    chmodSync(path.join(dir, "ro.csv"), 0o444);
    const r = runKouka(["analyze", "-o", "ro.csv", SEED], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "kouka: ro.csv: cannot write the report: permission denied\n"]);
    expect(readFileSync(path.join(dir, "ro.csv"), "utf8")).toBe("old\n");
  });
});

/** Starts kouka with -o on many documents, waits for its temp file, sends `signal`, and reports how it ended. */
async function interrupt(signal: NodeJS.Signals, command: string[]): Promise<{ code: number | null; signal: string | null; left: string[] }> {
  const dir = folder();
  const many = Array.from({ length: 400 }, () => SEED);
  const child = spawn(process.execPath, [BIN, ...command, "-j", "1", "-o", path.join(dir, "out.csv"), ...many], { stdio: "ignore" });
  const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, sig) => resolve({ code, signal: sig })),
  );
  const started = Date.now();
  while (!readdirSync(dir).some((f) => f.endsWith(".tmp")) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
  expect(readdirSync(dir).some((f) => f.endsWith(".tmp")), "the run had started its report").toBe(true);
  child.kill(signal);
  const end = await ended;
  return { ...end, left: readdirSync(dir) };
}

describe("an interrupted run leaves no temp file and dies of its signal", () => {
  it("SIGTERM during analyze -o (the repro)", async () => {
    const end = await interrupt("SIGTERM", ["analyze"]);
    expect(end).toEqual({ code: null, signal: "SIGTERM", left: [] });
  });

  it("variant: SIGINT (Ctrl-C) during mentions -o", async () => {
    const end = await interrupt("SIGINT", ["mentions"]);
    expect(end).toEqual({ code: null, signal: "SIGINT", left: [] });
  });

  it("variant: the shell sees 130 and 143, and an existing report is kept as it was", () => {
    const dir = folder();
    writeFileSync(path.join(dir, "out.csv"), "old report\n");
    const files = Array.from({ length: 400 }, () => `"${SEED}"`).join(" ");
    const script = (sig: string): string =>
      // set -m: a script's background job would otherwise start with SIGINT ignored.
      // The binary itself in the background (a shell function would run in a subshell that gets the signal).
      `set -m; "$KOUKA_NODE" "$KOUKA_BIN" analyze -j 1 -o out.csv ${files} & pid=$!; while ! ls -a | grep -q '\\.tmp$'; do sleep 0.02; done; kill -${sig} $pid; wait $pid; echo "status=$?"`;
    expect(runShell(script("INT"), { cwd: dir }).stdout).toBe("status=130\n");
    expect(runShell(script("TERM"), { cwd: dir }).stdout).toBe("status=143\n");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8")).toBe("old report\n");
  });
});

describe("standard output closed before the run (`>&-`)", () => {
  it("the repro: analyze >&- is an error on stderr, exit 2, not a silent exit 0", () => {
    const r = runShell(`kouka analyze "${SEED}" >&-; echo "exit=$?" >&2`);
    expect(r.stderr).toBe("kouka: standard output: cannot write the report: it is closed\nexit=2\n");
  });

  it("variant: mentions 1>&- fails too, while -o FILE with stdout closed writes the report", () => {
    const dir = folder();
    const closed = runShell(`kouka mentions "${SEED}" 1>&-; echo "exit=$?" >&2`);
    expect(closed.stderr).toMatch(/it is closed\nexit=2\n$/);
    const withFile = runShell(`kouka analyze -o out.csv "${SEED}" >&-; echo "exit=$?" >&2`, { cwd: dir });
    expect(withFile.stderr).toBe("exit=0\n");
    expect(countsOf(readFileSync(path.join(dir, "out.csv"), "utf8"), SEED)).toBe("7,7,4");
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, ROOT, runKouka, SEED } from "./run-kouka.js";

vi.setConfig({ testTimeout: 180_000 });

// The caches behind a fast start (user cache folder): the dictionary, the compiled data
// files and the compiled code. Whatever state they are in, the output is the same.

let tmp: string;
let env: NodeJS.ProcessEnv;
const cacheDir = () => path.join(tmp, "xdg", "kouka");
const files = (prefix: string) => readdirSync(cacheDir()).filter((n) => n.startsWith(prefix) && n.endsWith(".bin"));

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-caches-"));
  env = { XDG_CACHE_HOME: path.join(tmp, "xdg") };
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("start-up caches", () => {
  let expected: string;

  it("a first run writes no code cache unless it analyses documents", () => {
    expect(runKouka(["--version"], { env }).code).toBe(0);
    expect(runKouka(["analyze", "--help"], { env }).code).toBe(0);
    expect(existsSync(cacheDir()) ? files("code-") : []).toEqual([]);
  });

  it("the first analysing run fills all three; the next gives the same output from them", () => {
    const first = runKouka(["analyze", SEED], { env });
    expect(first.code).toBe(0);
    expected = first.stdout;
    expect(expected).toContain(",7,7,4");
    expect(files("ipadic-")).toHaveLength(1);
    expect(files("knowledge-")).toHaveLength(1);
    expect(files("code-")).toHaveLength(1);
    const again = runKouka(["analyze", SEED], { env });
    expect([again.code, again.stdout, again.stderr]).toEqual([0, expected, ""]);
  });

  it("a damaged code cache is ignored and written again", () => {
    const [code] = files("code-");
    const file = path.join(cacheDir(), code!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const run = runKouka(["analyze", SEED], { env });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, expected, ""]);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it("a damaged knowledge cache is ignored and written again", () => {
    const [knowledge] = files("knowledge-");
    writeFileSync(path.join(cacheDir(), knowledge!), "KOUKAKNW not what it should be");
    const run = runKouka(["analyze", SEED], { env });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, expected, ""]);
    expect(readFileSync(path.join(cacheDir(), knowledge!), "latin1")).not.toContain("not what it should be");
  });

  it("an edited dictionary is read again, not served from the cache", () => {
    const dict = path.join(tmp, "mine.yaml");
    const text = "concepts:\n  - id: scale\n    label: economies of scale\n    terms: [規模の経済]\n";
    writeFileSync(dict, text);
    const before = runKouka(["analyze", "--no-default-dict", "--dict", dict, "-"], { env, input: "規模の経済と範囲の経済。" });
    expect(before.stdout.trim().split("\n")[1]).toBe("-,12,7,1,1");
    writeFileSync(dict, text.replace("[規模の経済]", "[規模の経済, 範囲の経済]"));
    const after = runKouka(["analyze", "--no-default-dict", "--dict", dict, "-"], { env, input: "規模の経済と範囲の経済。" });
    expect(after.stdout.trim().split("\n")[1]).toBe("-,12,7,1,2");
  });

  it("runs without any cache folder at all (no home, no XDG_CACHE_HOME)", () => {
    const run = runKouka(["analyze", SEED], { env: { XDG_CACHE_HOME: "relative/ignored", HOME: "" } });
    expect([run.code, run.stdout]).toEqual([0, expected]);
  });
});

describe("standard input", () => {
  const python = spawnSync("python3", ["--version"]).status === 0;

  // A non-blocking fd 0 (shared with a process that set O_NONBLOCK) makes the blocking reads
  // fail with EAGAIN part-way: what was read is kept and the stream reads the rest.
  it.skipIf(!python)("is read whole when fd 0 is non-blocking and the writer is slow", () => {
    const script = [
      "import os, fcntl, subprocess, sys, time",
      "r, w = os.pipe()",
      "fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)",
      "p = subprocess.Popen([sys.argv[1], sys.argv[2], 'analyze'], stdin=r, stdout=subprocess.PIPE)",
      "os.close(r)",
      "os.write(w, '規模の経済。'.encode()); time.sleep(0.5); os.write(w, 'ネットワーク効果。'.encode()); os.close(w)",
      "sys.stdout.write(p.communicate()[0].decode())",
    ].join("\n");
    const run = spawnSync("python3", ["-c", script, process.execPath, BIN], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(run.stdout.trim().split("\n")[1]).toBe("-,15,5,2,1,1,0");
  });
});

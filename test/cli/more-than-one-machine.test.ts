import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, ROOT } from "./run-kouka.js";

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

// The README's "More than one machine" recipes, run as written. The cluster's own commands
// are stand-ins (test/cli/stand-ins: sbatch runs an array's tasks here, hadoop plays a
// streaming job with two mappers, a sort and one reducer, pyspark plays textFile, pipe,
// coalesce and saveAsTextFile); GNU parallel is the real one, reaching this machine
// through --sshlogin as it reaches remote ones. Each recipe's report must be one run's.
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = /^## More than one machine\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
const blocks = (lang: string): string[] => [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
const hasParallel = spawnSync("parallel", ["--version"]).status === 0;
const hasPython = spawnSync("python3", ["--version"]).status === 0;
const ci = process.env["CI"] === "true";

describe("README: More than one machine", () => {
  let tmp: string;
  let bin: string;

  /** A fresh folder with corpus/ and examples/, where a recipe runs with kouka and the stand-ins on PATH. */
  function run(script: string, command = "bash", args = ["-euo", "pipefail", "-c", script]): string {
    const cwd = mkdtempSync(path.join(tmp, "run-"));
    cpSync(path.join(ROOT, "corpus"), path.join(cwd, "corpus"), { recursive: true });
    cpSync(path.join(ROOT, "examples"), path.join(cwd, "examples"), { recursive: true });
    const r = spawnSync(command, args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${path.join(ROOT, "test/cli/stand-ins")}:${process.env["PATH"]}`, PYTHONPATH: path.join(ROOT, "test/cli/stand-ins"), HOSTS: "2/:", HADOOP_HOME: "/opt/hadoop" },
    });
    expect(r.status, `${script}\n${r.stderr}`).toBe(0);
    return cwd;
  }
  const one = (args: string): string => {
    const r = spawnSync("bash", ["-c", `kouka ${args}`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env["PATH"]}` } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), "utf8");

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-recipes-"));
    bin = path.join(tmp, "bin");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "kouka"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(bin, "kouka"), 0o755);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("has the five recipes and an estimate", () => {
    expect(blocks("sh")).toHaveLength(4);
    expect(blocks("python")).toHaveLength(1);
    expect(section).toMatch(/100 GB/);
  });

  describe.runIf(hasParallel || ci)("GNU parallel", () => {
    it("on one machine", () => {
      const dir = run(blocks("sh")[0]!);
      expect(read(dir, "report.csv")).toBe(one("analyze -q corpus/"));
    });

    it("across machines with --sshlogin", () => {
      const dir = run(blocks("sh")[1]!);
      expect(read(dir, "report.csv")).toBe(one("analyze -q corpus/"));
      expect(read(dir, "summary.csv")).toBe(one("analyze -q --summary corpus/"));
      expect(read(dir, "terms.csv")).toBe(one("terms -q --top 50 corpus/"));
    });
  });

  it("a SLURM array job", () => {
    const dir = run(blocks("sh")[2]!);
    expect(read(dir, "report.csv")).toBe(one("analyze -q corpus/"));
  });

  it("Hadoop Streaming", () => {
    const dir = run(blocks("sh")[3]!);
    expect(read(dir, "kouka-out/part-00000")).toBe(one("analyze -q --input-format jsonl - < examples/news.jsonl"));
  });

  describe.runIf(hasPython)("PySpark", () => {
    it("RDD.pipe", () => {
      const script = blocks("python")[0]!;
      const dir = run(script, "python3", ["-c", script]);
      expect(read(dir, "kouka-report/part-00000")).toBe(one("analyze -q --input-format jsonl - < examples/news.jsonl"));
    });
  });
});

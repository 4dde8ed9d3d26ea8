import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeGeneratedCorpus } from "../properties/generated-corpus.js";
import { BIN, ROOT } from "./run-kouka.js";

vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

// kouka as a mapper and a reducer under real fan-out tools: GNU parallel on this machine,
// through --sshlogin (":" is this machine, reached the way remote ones are) and with
// --pipepart over a JSONL file; and the shape of a Hadoop Streaming job. Each must give
// the bytes of one run. Under CI (CI=true) a missing GNU parallel fails these tests:
// .ci/run installs it.
const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;
const ci = process.env["CI"] === "true";

describe("GNU parallel is there under CI", () => {
  it.runIf(ci)("finds GNU parallel (.ci/run installs it)", () => {
    expect(hasParallel, "GNU parallel is missing: apt-get install -y parallel").toBe(true);
  });
});

describe.runIf(hasParallel || ci)("kouka under GNU parallel and as a Hadoop Streaming mapper and reducer", () => {
  let tmp: string;
  let bin: string;
  let feed: string;

  /** Runs a bash script with `kouka` on PATH (a script parallel's jobs can run too). */
  function sh(script: string): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync("bash", ["-euo", "pipefail", "-c", script], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, PATH: `${bin}:${process.env["PATH"]}`, TMP_DIR: tmp, FEED: feed },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function ok(script: string): string {
    const r = sh(script);
    expect(r.code, `${script}\n${r.stderr}`).toBe(0);
    return r.stdout;
  }

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), "kouka-parallel-"));
    bin = path.join(tmp, "bin");
    mkdirSync(bin);
    writeFileSync(path.join(bin, "kouka"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(bin, "kouka"), 0o755);
    feed = writeGeneratedCorpus(tmp).jsonl;
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("fans files of corpus/ out to 3 jobs with parallel -j 3", () => {
    const one = ok("kouka analyze -q corpus/");
    expect(ok("find corpus -name '*.txt' | parallel -j 3 -n 2 kouka analyze -q -f partial | kouka merge -")).toBe(one);
    expect(ok("parallel -j 3 kouka analyze -q -f partial --shard {}/3 corpus/ ::: 0 1 2 | kouka merge --summary -")).toBe(ok("kouka analyze -q --summary corpus/"));
  });

  it("runs the shards through --sshlogin 2/: (this machine as a remote one)", () => {
    const one = ok("kouka analyze -q --long corpus/");
    expect(ok("seq 0 4 | parallel --sshlogin 2/: --workdir . kouka analyze -q -f partial --shard {}/5 corpus/ | kouka merge --long -")).toBe(one);
    const terms = ok("kouka terms -q --top 30 corpus/");
    expect(ok("seq 0 4 | parallel --sshlogin 2/: --workdir . kouka analyze -q -f partial --shard {}/5 corpus/ | kouka terms --from-partials --top 30 -")).toBe(terms);
  });

  it("cuts a JSONL file into blocks with --pipepart --block", () => {
    const one = ok('kouka analyze -q --input-format jsonl - < "$FEED"');
    const jobs = ok('parallel --pipepart -a "$FEED" --block 20k -j 3 kouka analyze -q -f partial --input-format jsonl - | tee "$TMP_DIR/blocks.jsonl" | kouka merge -');
    expect(jobs).toBe(one);
    // More than one job ran: one header per block.
    const headers = readFileSync(path.join(tmp, "blocks.jsonl"), "utf8").split("\n").filter((l) => l.startsWith('{"format"'));
    expect(headers.length).toBeGreaterThan(2);
    expect(ok('parallel --pipepart -a "$FEED" --block 20k -j 3 kouka analyze -q -f partial --input-format jsonl - | kouka cooccur --from-partials --by date:month -')).toBe(
      ok('kouka cooccur -q --by date:month --input-format jsonl - < "$FEED"'),
    );
  });

  it("works in the shape of a Hadoop Streaming job: cat | mapper | sort | reducer", () => {
    const one = ok('kouka analyze -q --input-format jsonl - < "$FEED"');
    expect(ok('cat "$FEED" | kouka analyze -q -f partial --input-format jsonl - | sort | kouka merge -')).toBe(one);
    // Three mappers over splits of the input, and the reducer's lines as Hadoop hands them
    // over: key, a tab, an empty value.
    const three = ok(
      'cd "$TMP_DIR" && split -n l/3 "$FEED" split- && for f in split-*; do kouka analyze -q -f partial --input-format jsonl - < "$f"; done | sort | sed "s/$/\\t/" | kouka merge -',
    );
    expect(three).toBe(one);
  });
});

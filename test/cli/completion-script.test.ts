import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runKouka } from "./run-kouka.js";

// `kouka completion bash|zsh|fish`, loaded into the real shells (.ci/run installs zsh and fish).
const dir = mkdtempSync(path.join(tmpdir(), "kouka-completion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, "articles"));
writeFileSync(path.join(dir, "articles", "one.txt"), "規模の経済。");

function script(shell: string): string {
  const run = runKouka(["completion", shell]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const file = path.join(dir, `kouka.${shell}`);
  writeFileSync(file, run.stdout);
  return file;
}

function shell(command: string, args: string[]): string {
  const run = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, HOME: dir } });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim();
}

/** What bash offers for the words typed so far (the last one being completed). */
function bash(file: string, words: string[]): string[] {
  const typed = words.map((w) => `'${w}'`).join(" ");
  const out = shell("bash", ["-c", `source ${file}; COMP_WORDS=(${typed}); COMP_CWORD=${words.length - 1}; _kouka_complete; printf '%s\\n' "\${COMPREPLY[@]}"`]);
  return out === "" ? [] : out.split("\n").sort();
}

describe("kouka completion", () => {
  it("bash: commands, subcommands, options, option values and paths", () => {
    const file = script("bash");
    expect(bash(file, ["kouka", "an"])).toEqual(["analyze"]);
    expect(bash(file, ["kouka", "d"])).toEqual(["dict"]);
    expect(bash(file, ["kouka", "dict", ""])).toEqual(["check", "import", "list"]);
    expect(bash(file, ["kouka", "completion", ""])).toEqual(["bash", "fish", "zsh"]);
    expect(bash(file, ["kouka", "analyze", "--su"])).toEqual(["--summary"]);
    expect(bash(file, ["kouka", "mentions", "--con"])).toEqual(["--concept"]);
    expect(bash(file, ["kouka", "analyze", "-f", ""])).toEqual(["csv", "jsonl", "partial", "tsv"]);
    expect(bash(file, ["kouka", "analyze", "--encoding", "s"])).toEqual(["shift_jis"]);
    expect(bash(file, ["kouka", "analyze", "-j", ""])).toEqual([]);
    // A value is skipped when finding the command: `-o analyze` names a file, not the command.
    expect(bash(file, ["kouka", "analyze", "-o", "out.csv", "art"])).toEqual(["articles"]);
    expect(bash(file, ["kouka", "terms", "articles/"])).toEqual(["articles/one.txt"]);
  });

  // zsh's compgen (bashcompinit) offers every candidate; zsh itself then keeps those matching what was typed.
  it("zsh: the same candidates through bashcompinit", () => {
    const file = script("zsh");
    const call = (words: string[]): string =>
      shell("zsh", ["-f", "-c", `source ${file}; f() { emulate -L sh; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _kouka_complete; printf '%s\\n' "\${COMPREPLY[@]}"; }; f`]);
    expect(call(["kouka", ""]).split("\n")).toEqual(expect.arrayContaining(["analyze", "mentions", "terms", "tokens", "dict", "completion"]));
    expect(call(["kouka", ""]).split("\n")).not.toContain("help");
    expect(call(["kouka", "terms", "--rank", ""]).split("\n")).toEqual(["keyness", "flr", "cvalue", "tfidf"]);
  });

  it("fish: commands with their descriptions, options and values", () => {
    const file = script("fish");
    const complete = (line: string): string[] => shell("fish", ["--no-config", "-c", `source ${file}; complete -C '${line}'`]).split("\n").sort();
    expect(complete("kouka men")).toEqual(["mentions\tlist every concept mention with its position and context (KWIC)"]);
    expect(complete("kouka dict ").map((c) => c.split("\t")[0])).toEqual(["check", "import", "list"]);
    expect(complete("kouka dict ")[0]).toMatch(/^check\tcheck dictionaries without analysing anything; prints .*every problem as file:line: why$/);
    expect(complete("kouka analyze --for")).toEqual(["--format\toutput format (partial: for kouka merge)"]);
    expect(complete("kouka mentions --for")).toEqual(["--format\toutput format"]);
    expect(complete("kouka analyze --format ").map((c) => c.split("\t")[0])).toEqual(["csv", "jsonl", "partial", "tsv"]);
    expect(complete("kouka completion ")).toEqual(["bash", "fish", "zsh"]);
  });

  it("rejects a shell it does not know (exit 2)", () => {
    const run = runKouka(["completion", "tcsh"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^kouka: completion: .*'tcsh' is invalid/);
  });
});

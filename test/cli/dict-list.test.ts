import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ROOT, runKouka } from "./run-kouka.js";

vi.setConfig({ testTimeout: 180_000 });

const USER = path.join("test", "fixtures", "user-rules", "rules.yaml");

describe("kouka dict list", () => {
  it("lists the default concepts, then each -d file's, with their term counts and source", () => {
    const r = runKouka(["dict", "list", "-d", USER], { cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("concept,label,terms,source");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["scale", "network", "scope", "advantage", "platform", "strategy"]);
    expect(lines[1]).toMatch(/^scale,規模の経済,\d+,default$/);
    expect(lines.slice(4)).toEqual([`advantage,競争優位,2,${USER}`, `platform,プラットフォーム,1,${USER}`, `strategy,戦略,1,${USER}`]);
  });

  it("--no-default-dict leaves the default out; -f jsonl and tsv work", () => {
    const r = runKouka(["dict", "list", "--no-default-dict", "-d", USER, "-f", "jsonl"], { cwd: ROOT });
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown)[0]).toEqual({ concept: "advantage", label: "競争優位", terms: 2, source: USER });
    const tsv = runKouka(["dict", "list", "-f", "tsv"], { cwd: ROOT });
    expect(tsv.stdout.split("\n")[0]).toBe("concept\tlabel\tterms\tsource");
  });

  it("a bad dictionary is exit 2 with file:line and nothing on stdout", () => {
    const r = runKouka(["dict", "list", "-d", path.join("test", "fixtures", "user-rules", "bad-rule.yaml")], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("bad-rule.yaml:7:");
  });
});

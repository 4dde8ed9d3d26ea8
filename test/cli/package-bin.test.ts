import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "./run-kouka.js";

// The published `kouka` is run by npm's link to it, so it must be a command on its own.
describe("the package's bin", () => {
  it("is an executable file with a node shebang, and runs as a command", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const run = spawnSync(BIN, ["analyze", "-"], { cwd: ROOT, input: "規模の経済。", encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe("-,6,3,1,1,0,0");
  });
});

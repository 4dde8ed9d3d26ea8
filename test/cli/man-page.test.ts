import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-kouka.js";

// man/kouka.1 is generated from the built CLI's --help texts (scripts/man-page.mjs) and committed.
const PAGE = path.join(ROOT, "man", "kouka.1");
const hasGroff = spawnSync("groff", ["--version"]).status === 0;

describe("man/kouka.1", () => {
  it("is up to date with kouka's --help texts (else: npm run man)", () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, "scripts", "man-page.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("documents every command, and is what npm installs as the manual", () => {
    const page = readFileSync(PAGE, "utf8");
    for (const command of ["analyze", "mentions", "terms", "tokens", "dict check", "completion"]) expect(page).toContain(`.SS ${command}\n`);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { man: string[]; files: string[] };
    expect(pkg.man).toEqual(["./man/kouka.1"]);
    expect(pkg.files).toContain("man/kouka.1");
  });

  it.skipIf(!hasGroff)("is valid roff: groff renders it without a warning", () => {
    const run = spawnSync("groff", ["-man", "-Tutf8", "-ww", "-z", PAGE], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

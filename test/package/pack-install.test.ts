import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SEED } from "../cli/run-kouka.js";

/** A node binary of the lowest version package.json's `engines` names (.ci/run fetches one), if given. */
const MIN_NODE = process.env["KOUKA_MIN_NODE"];

/*
 * kouka as a new user gets it: packed from a clean clone of the committed HEAD (`npm pack`
 * builds through prepack), installed from the tarball into an empty project, and installed
 * from the git repository (npm builds it through prepare). Slow (a few minutes): npm installs
 * everything from its cache (--prefer-offline), so it runs offline once `npm ci` has run here.
 */
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const QUIET = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];
const SLOW = 15 * 60_000;

const work = mkdtempSync(path.join(tmpdir(), "kouka-pack-"));
const clone = path.join(work, "clone");
const env = { ...process.env, XDG_CACHE_HOME: path.join(work, "cache") };
let tarball = "";
let builtByCi = true;

function npm(args: readonly string[], cwd: string): string {
  return execFileSync("npm", [...args], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh project folder with kouka installed from `spec` (a tarball or a git URL). */
function project(name: string, spec: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: "module" }));
  npm(["install", ...QUIET, spec], dir);
  return dir;
}

/** The installed `kouka` command on the seed article: its row of counts. */
function seedCounts(dir: string): string {
  const run = spawnSync(path.join(dir, "node_modules", ".bin", "kouka"), ["analyze", SEED], { cwd: dir, env, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim().split("\n")[1]!.split(",").slice(-3).join(",");
}

beforeAll(() => {
  execFileSync("git", ["clone", "--quiet", ROOT, clone]);
  npm(["ci", ...QUIET], clone);
  builtByCi = existsSync(path.join(clone, "dist"));
  tarball = path.join(work, npm(["pack", "--silent", "--pack-destination", work], clone).trim().split("\n").pop()!);
}, SLOW);
afterAll(() => rmSync(work, { recursive: true, force: true }), SLOW);

describe("the packed package", () => {
  it("is built by npm pack (prepack), but not by npm ci in kouka's own folder (npm test and npm start build)", () => {
    expect(builtByCi).toBe(false);
    expect(existsSync(path.join(clone, "dist", "bundle", "kouka.cjs"))).toBe(true);
  });

  it("ships only what runs: the bundles, the public declarations, the data files", () => {
    const listed = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, ""));
    const stray = listed.filter((f) => !/^(dist\/bundle\/.*\.c?js|dist\/src\/.*\.d\.ts|dictionaries\/[a-z]+\.yaml|man\/kouka\.1|README\.md|LICENSE|package\.json)$/.test(f));
    expect(stray).toEqual([]);
    expect(listed).toContain("dist/bundle/kouka.cjs");
    expect(listed).toContain("LICENSE");
  });

  it("installs from the tarball into an empty project: the CLI counts the seed, and a strict TypeScript consumer type-checks and runs", () => {
    const dir = project("from-tarball", tarball);
    expect(seedCounts(dir)).toBe("7,7,4");

    // No @types/node and no skipLibCheck: kouka's declarations must stand alone.
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2022"],
          types: [],
          outDir: "out",
        },
        files: ["consumer.ts"],
      }),
    );
    writeFileSync(
      path.join(dir, "consumer.ts"),
      `import { analyzeText, createAnalyzer, KoukaError, type TextAnalysis } from "kouka";
declare const console: { log(...values: unknown[]): void };

const analyzer = await createAnalyzer({ clean: true, width: 5 });
const one: TextAnalysis = analyzer.analyzeText("規模の経済とネットワーク効果が働く。", "doc-1");
const counts: Record<string, number> = {};
for (const c of one.counts) counts[c.concept] = c.count;
const shortcut = await analyzeText("範囲の経済。");
let error = "";
try {
  await createAnalyzer({ dictionaries: ["missing.yaml"] });
} catch (e) {
  if (e instanceof KoukaError) error = e.code + " " + e.message;
}
console.log(JSON.stringify({ document: one.document, counts, first: one.mentions[0]?.matched, scope: shortcut.counts[2]?.count, concepts: analyzer.dictionary.concepts.length, error }));
`,
    );
    const tsc = spawnSync(process.execPath, [TSC, "-p", dir], { cwd: dir, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    const nodes = [process.execPath, ...(MIN_NODE ? [MIN_NODE] : [])];
    for (const node of nodes) {
      const out = JSON.parse(execFileSync(node, [path.join(dir, "out", "consumer.js")], { cwd: dir, env, encoding: "utf8" })) as unknown;
      expect(out).toEqual({
      document: "doc-1",
      counts: { scale: 1, network: 1, scope: 0 },
      first: "規模の経済",
      scope: 1,
      concepts: 3,
      error: "DICT_INVALID missing.yaml: cannot read the dictionary: no such file or directory",
      });
    }
  }, SLOW);

  it.skipIf(MIN_NODE === undefined)("runs on the lowest Node version `engines` names (KOUKA_MIN_NODE), with its dictionary cache", () => {
    const engines = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    const version = execFileSync(MIN_NODE!, ["--version"], { encoding: "utf8" }).trim();
    expect(engines).toMatch(/^>=\d+\.\d+$/);
    expect(`${version}.`.startsWith(`v${engines.slice(2)}.`)).toBe(true);
    const dir = path.join(work, "from-tarball");
    const cache = path.join(work, "cache-min-node");
    const run = spawnSync(MIN_NODE!, [path.join(dir, "node_modules", ".bin", "kouka"), "analyze", SEED], { cwd: dir, env: { ...env, XDG_CACHE_HOME: cache }, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().split("\n")[1]!.split(",").slice(-3).join(",")).toBe("7,7,4");
    // The start-up design holds there: the decoded dictionary is cached (zlib.crc32 exists from 20.15).
    expect(readdirSync(path.join(cache, "kouka")).some((f) => f.startsWith("ipadic-"))).toBe(true);
  }, SLOW);

  it("installs from the git repository (npm builds it through prepare): the CLI counts the seed", () => {
    const dir = project("from-git", `git+file://${clone}`);
    expect(readdirSync(path.join(dir, "node_modules", "kouka", "dist"))).toContain("bundle");
    expect(seedCounts(dir)).toBe("7,7,4");
  }, SLOW);
});

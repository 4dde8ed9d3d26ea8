import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runKouka } from "../cli/run-kouka.js";

// The built library (the package's `exports`, dist/bundle/lib) shares the CLI's knowledge cache.
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { default: string }> };
const LIBRARY = pathToFileURL(path.join(ROOT, pkg.exports["."]!.default)).href;
const cache = mkdtempSync(path.join(tmpdir(), "kouka-library-cache-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const env = { ...process.env, XDG_CACHE_HOME: cache };
const knowledgeFiles = (): string[] => readdirSync(path.join(cache, "kouka")).filter((f) => f.startsWith("knowledge-"));

/** The first concept's label and the seed sentence's counts, as the built library sees them. */
function library(): { label: string; counts: number[] } {
  const code = `const k = await import(${JSON.stringify(LIBRARY)});
const a = await k.createAnalyzer();
console.log(JSON.stringify({ label: a.dictionary.concepts[0].label, counts: a.analyzeText("規模の経済。").counts.map((c) => c.count) }));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: cache, env, encoding: "utf8" })) as { label: string; counts: number[] };
}

describe("the library bundle", () => {
  it("reads the knowledge cache the CLI wrote, and the CLI reads what it holds", () => {
    expect(runKouka(["analyze", "-"], { input: "規模の経済。", env }).code).toBe(0);
    const [name] = knowledgeFiles();
    expect(knowledgeFiles()).toHaveLength(1);
    const file = path.join(cache, "kouka", name!);
    const written = statSync(file).mtimeMs;

    expect(library()).toEqual({ label: "規模の経済", counts: [1, 0, 0] });
    expect(knowledgeFiles()).toEqual([name]);
    expect(statSync(file).mtimeMs).toBe(written);

    // Proof that the library takes its knowledge from that file: a label changed there shows.
    const bytes = readFileSync(file);
    const magic = bytes.subarray(0, 8);
    expect(magic.toString("latin1")).toBe("KOUKAKNW");
    const stored = v8.deserialize(bytes.subarray(8)) as { knowledge: { dictionary: { concepts: { label: string }[] } } };
    stored.knowledge.dictionary.concepts[0]!.label = "CACHED";
    writeFileSync(file, Buffer.concat([magic, v8.serialize(stored)]));
    expect(library().label).toBe("CACHED");
    expect(runKouka(["analyze", "--long", "-"], { input: "規模の経済。", env }).stdout.split("\n")[1]).toMatch(/^-,scale,CACHED,1,/);
  });

  it("writes the cache itself when there is none, and the CLI then uses it", () => {
    rmSync(path.join(cache, "kouka"), { recursive: true, force: true });
    expect(library()).toEqual({ label: "規模の経済", counts: [1, 0, 0] });
    const [name] = knowledgeFiles();
    const written = statSync(path.join(cache, "kouka", name!)).mtimeMs;
    expect(runKouka(["analyze", "-"], { input: "規模の経済。", env }).code).toBe(0);
    expect(knowledgeFiles()).toEqual([name]);
    expect(statSync(path.join(cache, "kouka", name!)).mtimeMs).toBe(written);
  });
});

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * The import graph of src/: no file imports itself through others, and the core (src/
 * minus the edges below) imports no kuromoji, no fs, no process and no cache. The core
 * computes; the edges read files, caches, the environment and the engines.
 */

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/** The edges: the CLI, worker threads, loading from disk, caches, and the tokenizer engines (adapters). */
const EDGE = [
  /^cli\//,
  /^parallel\//,
  /^library\//,
  /^load\//,
  /^cache\//,
  /^index\.ts$/,
  /^resources\.ts$/,
  /^package-path\.ts$/,
  /^tokenize\/ipadic-(?!.*\.d\.ts)/,
  /^tokenize\/kuromoji-/,
  /^tokenize\/load-tokenizer\.ts$/,
];

/**
 * Core files that still read files, owned by other work (src/input reads the documents):
 * listed so the rest of the core stays clean, each to be moved to an edge.
 */
const KNOWN_EXCEPTIONS = new Map([["input/file-system.ts", ["node:fs"]]]);

/** Modules the core may not import (whatever the import is for). */
const FORBIDDEN = [/^(node:)?fs(\/|$)/, /^(node:)?process$/, /^kuromoji(\/|$)/, /^doublearray$/, /\/cache\//];

interface Import {
  readonly specifier: string;
  /** Erased at run time: `import type` / `export type`. */
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix + e.name;
    if (e.isDirectory()) return sourceFiles(path.join(dir, e.name), `${rel}/`);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** Static imports and re-exports, and dynamic import("…") with a literal. */
function importsOf(text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^"';]*?\sfrom\s+)?["']([^"']+)["']/gmu)) {
    out.push({ specifier: m[4] ?? "", typeOnly: m[2] !== undefined });
  }
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/gu)) out.push({ specifier: m[1] ?? "", typeOnly: false });
  return out;
}

/** A relative specifier as a file under src/ (".js" written for ".ts"), or null for a package. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)).replace(/\.js$/u, ".ts");
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(fs.readFileSync(path.join(SRC, f), "utf8"))]));
const isEdge = (file: string) => EDGE.some((re) => re.test(file));

/** Every cycle's files, by Tarjan's strongly connected components. */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    on.add(v);
    for (const { specifier } of graph.get(v) ?? []) {
      const w = resolve(v, specifier);
      if (w === null || !graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          on.delete(w);
          scc.push(w);
        }
      } while (w !== undefined && w !== v);
      const selfImport = (graph.get(v) ?? []).some((i) => resolve(v, i.specifier) === v);
      if (scc.length > 1 || selfImport) found.push(scc.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

describe("the import graph of src/", () => {
  it("has files and sees their imports (so the checks below can fail)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get("pipeline.ts")?.map((i) => i.specifier)).toContain("./tokenize/tokenizer.js");
    expect(importsOf('import type { A } from "./a.js";\nexport { b } from "b";\nconst c = await import("./c.js");')).toEqual([
      { specifier: "./a.js", typeOnly: true },
      { specifier: "b", typeOnly: false },
      { specifier: "./c.js", typeOnly: false },
    ]);
  });

  it("has no cycles, type imports included", () => {
    expect(cycles()).toEqual([]);
  });

  it("keeps the core free of kuromoji, fs, process and caches, and away from the edges", () => {
    const problems: string[] = [];
    for (const [file, imports] of graph) {
      if (isEdge(file)) continue;
      for (const { specifier, typeOnly } of imports) {
        const target = resolve(file, specifier);
        // A package's types (fs's Dirent) cost nothing at run time; an edge's types still tie the core to it.
        const forbidden = target === null ? !typeOnly && FORBIDDEN.some((re) => re.test(specifier)) : isEdge(target);
        if (forbidden && !(KNOWN_EXCEPTIONS.get(file) ?? []).includes(specifier)) problems.push(`${file} imports ${specifier}`);
      }
      const text = fs.readFileSync(path.join(SRC, file), "utf8");
      if (/\bprocess\.(?!\w*\()|\bprocess\b\s*[.[]/u.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gmu, ""))) problems.push(`${file} reads process`);
    }
    expect(problems).toEqual([]);
  });

  it("lists only exceptions that still exist", () => {
    for (const [file, specifiers] of KNOWN_EXCEPTIONS) {
      const imports = (graph.get(file) ?? []).map((i) => i.specifier);
      for (const s of specifiers) expect(imports, file).toContain(s);
    }
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-kouka.js";

// What a TypeScript consumer of kouka sees: the declarations reachable from the package's
// `types` (dist/src/index.d.ts, built by `npm test`), and the library bundle behind them.
const INDEX = path.join(ROOT, "dist", "src", "index.d.ts");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, { types: string; default: string }>;
  files: string[];
};

/** Every declaration file reachable from `entry`, and every non-relative module any of them names. */
export function declarationClosure(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const ref of [...info.importedFiles, ...info.typeReferenceDirectives, ...info.libReferenceDirectives]) {
      if (ref.fileName.startsWith(".")) visit(path.resolve(path.dirname(file), ref.fileName.replace(/\.js$/, ".d.ts")));
      else external.add(ref.fileName);
    }
    for (const ref of info.referencedFiles) external.add(`/// <reference path="${ref.fileName}">`);
  };
  visit(entry);
  return { files: [...files].sort(), external: [...external].sort() };
}

/** The names dist/src/index.d.ts exports, split into values and types, as tsc sees them. */
function declaredExports(): { values: string[]; types: string[] } {
  const program = ts.createProgram([INDEX], { strict: true, skipLibCheck: false, types: [], noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const s of checker.getExportsOfModule(symbol)) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(s.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe("the public types", () => {
  it("name no third-party type: every module they import is kouka's own", () => {
    const { files, external } = declarationClosure(INDEX);
    expect(external).toEqual([]);
    expect(files.length).toBeGreaterThan(1);
  });

  it("type-check on their own, strict, without skipLibCheck and without @types/node", () => {
    const program = ts.createProgram([INDEX], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      types: [],
      lib: ["lib.es2022.d.ts"],
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });

  it("are what src/index.ts exports, no more and no less", () => {
    expect(declaredExports()).toEqual({
      values: ["EXIT", "KoukaError", "analyzeText", "createAnalyzer", "loadDictionary"],
      types: ["Analyzer", "AnalyzerOptions", "Concept", "ConceptCount", "Dictionary", "ExitCode", "KoukaErrorCode", "MentionRecord", "TermSpelling", "TextAnalysis"],
    });
  });

  it("describe what the library bundle exports at run time", async () => {
    const bundle = (await import(path.join(ROOT, pkg.exports["."]!.default))) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(declaredExports().values);
  });

  it("are all shipped: package.json `files` lists exactly the reachable declaration files", () => {
    const shipped = pkg.files.filter((f) => f.endsWith(".d.ts")).map((f) => path.join(ROOT, f)).sort();
    expect(shipped).toEqual(declarationClosure(INDEX).files);
    expect(path.join(ROOT, pkg.exports["."]!.types)).toBe(INDEX);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { countConcepts } from "../src/concepts/count-concepts.js";
import { packagePath } from "../src/package-path.js";
import { analyzeDocument } from "../src/pipeline.js";
import type { Resources } from "../src/resources.js";
import { countSubstrings, type Counts } from "./eval-score.js";

/** One hand-counted excerpt of test/fixtures/devset/manifest.json. */
export interface DevsetEntry {
  readonly file: string;
  readonly split: string;
  readonly counts: Counts;
}

export interface DevsetRow {
  readonly entry: DevsetEntry;
  readonly text: string;
  /** kouka's counts, and a plain substring count over the same term list. */
  readonly kouka: Counts;
  readonly substring: Counts;
}

export const DEVSET_FOLDER = packagePath("test", "fixtures", "devset");

export function readManifest(): DevsetEntry[] {
  return (JSON.parse(readFileSync(path.join(DEVSET_FOLDER, "manifest.json"), "utf8")) as { texts: DevsetEntry[] }).texts;
}

/** Counts every excerpt both ways, as a user would run kouka (clutter cleaning on). */
export function countDevset(resources: Resources, entries: readonly DevsetEntry[] = readManifest()): DevsetRow[] {
  const concepts = resources.dictionary.concepts.map((c) => c.id);
  const spellings = resources.dictionary.concepts.flatMap((c) => c.terms.map((t) => ({ text: t.text, concept: c.id })));
  return entries.map((entry) => {
    const text = readFileSync(path.join(DEVSET_FOLDER, entry.file), "utf8");
    const analysis = analyzeDocument(text, { ...resources, clean: true });
    const kouka = Object.fromEntries(countConcepts(analysis.mentions, resources.dictionary).map((c) => [c.concept, c.count]));
    return { entry, text, kouka, substring: countSubstrings(text.normalize("NFKC"), spellings, concepts) };
  });
}

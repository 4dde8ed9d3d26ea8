/**
 * `npm run eval`: kouka against a plain substring count over the same term list, on the
 * hand-counted dev set (test/fixtures/devset/manifest.json). Prints a table per split and
 * every document where kouka and the hand count differ. `--split dev|heldout` limits it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { countConcepts } from "../src/concepts/count-concepts.js";
import { packagePath } from "../src/package-path.js";
import { analyzeDocument } from "../src/pipeline.js";
import { loadResources } from "../src/resources.js";
import { countSubstrings, evaluate, formatTable, type Counts } from "./eval-score.js";

interface Entry {
  readonly file: string;
  readonly split: string;
  readonly counts: Counts;
}

const folder = packagePath("test", "fixtures", "devset");
const manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8")) as { texts: Entry[] };
const only = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : undefined;
const resources = await loadResources();
const concepts = resources.dictionary.concepts.map((c) => c.id);
const spellings = resources.dictionary.concepts.flatMap((c) => c.terms.map((t) => ({ text: t.text, concept: c.id })));

const rows = manifest.texts
  .filter((e) => only === undefined || e.split === only)
  .map((e) => {
    const text = readFileSync(path.join(folder, e.file), "utf8");
    const analysis = analyzeDocument(text, { ...resources, clean: true });
    const kouka = Object.fromEntries(countConcepts(analysis.mentions, resources.dictionary).map((c) => [c.concept, c.count]));
    const substring = countSubstrings(text.normalize("NFKC"), spellings, concepts);
    return { entry: e, text, kouka, substring };
  });

const splits = only !== undefined ? [only] : ["all", ...new Set(rows.map((r) => r.entry.split))];
for (const split of splits) {
  const chosen = rows.filter((r) => split === "all" || r.entry.split === split);
  const kouka = evaluate(chosen.map((r) => ({ found: r.kouka, expected: r.entry.counts })), concepts);
  const substring = evaluate(chosen.map((r) => ({ found: r.substring, expected: r.entry.counts })), concepts);
  process.stdout.write(`${formatTable(split, kouka, substring)}\n\n`);
}
const show = (c: Counts): string => concepts.map((k) => `${k} ${c[k] ?? 0}`).join(", ");
for (const r of rows) {
  if (concepts.every((k) => (r.kouka[k] ?? 0) === (r.entry.counts[k] ?? 0))) continue;
  process.stdout.write(`kouka wrong: ${r.entry.file} (${r.entry.split}): kouka ${show(r.kouka)}; hand ${show(r.entry.counts)}\n`);
}

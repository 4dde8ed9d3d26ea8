/**
 * `npm run eval`: kouka against a plain substring count over the same term list, on the
 * hand-counted dev set (test/fixtures/devset/manifest.json). Prints a table per split and
 * every document where kouka and the hand count differ. `--split dev|heldout` limits it.
 */
import { loadResources } from "../src/resources.js";
import { countDevset, readManifest } from "./eval-devset.js";
import { evaluate, formatTable, type Counts } from "./eval-score.js";

const only = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : undefined;
const resources = await loadResources();
const concepts = resources.dictionary.concepts.map((c) => c.id);
const rows = countDevset(resources, readManifest().filter((e) => only === undefined || e.split === only));

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

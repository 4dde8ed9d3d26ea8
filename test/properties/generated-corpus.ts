import fc from "fast-check";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS } from "../cli/run-kouka.js";

/** Paragraphs of the bundled articles: real prose with mentions, traps and compounds. */
const paragraphs = readdirSync(CORPUS)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .flatMap((name) => readFileSync(path.join(CORPUS, name), "utf8").split("\n\n"))
  .filter((p) => p.trim() !== "");

const extra = ["規模の経済とネットワーク効果が同時に働く。", "範囲の経済を狙う。", "Economies of scope and network effects.", "市場。", ""];

const DATES = ["2023-11-02", "2023/12/24", "2024年2月1日", "令和6年3月5日", "2024-03-31T23:00:00+09:00", "2024", "not a date", ""];
const OUTLETS = ["日経", "東洋経済", "Nikkei"];

/** A document: one to three paragraphs and a short line with terms, with a date and an outlet (either may be missing). */
const documentArb = fc.record({
  text: fc.tuple(fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 3 }), fc.constantFrom(...extra)).map(([ps, e]) => [...ps, e].join("\n\n")),
  date: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  outlet: fc.option(fc.constantFrom(...OUTLETS), { nil: undefined }),
  folder: fc.constantFrom("a", "b", "c/d"),
});



function sampleDocuments(count: number, seed: number) {
  return fc.sample(documentArb, { numRuns: count, seed });
}

/**
 * Writes the same generated corpus twice: as one JSONL file of records (ids in sorted
 * order, so one run's input order is the `document` order) and as text files in folders.
 */
export function writeGeneratedCorpus(dir: string, count = 24, seed = 15): { jsonl: string; folder: string } {
  const docs = sampleDocuments(count, seed);
  const jsonl = path.join(dir, "feed.jsonl");
  writeFileSync(
    jsonl,
    docs
      .map((d, i) => JSON.stringify({ id: `r${String(i).padStart(3, "0")}`, text: d.text, ...(d.date === undefined ? {} : { date: d.date }), ...(d.outlet === undefined ? {} : { outlet: d.outlet }) }))
      .join("\n") + "\n",
  );
  const folder = path.join(dir, "files");
  docs.forEach((d, i) => {
    mkdirSync(path.join(folder, d.folder), { recursive: true });
    writeFileSync(path.join(folder, d.folder, `${String(i).padStart(3, "0")}.txt`), d.text);
  });
  return { jsonl, folder };
}

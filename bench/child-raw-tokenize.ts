import fs from "node:fs";
import path from "node:path";
import { buildStockTokenizer } from "./stock-kuromoji.js";

// Baseline for throughput: stock kuromoji over the corpus files, line by line. Reading the
// files and building the tokenizer happen before the clock starts; only tokenize is timed.
const dir = process.argv[2];
if (!dir) throw new Error("usage: child-raw-tokenize.js <corpus dir>");
const texts = fs
  .readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((n) => fs.readFileSync(path.join(dir, n), "utf8"));
const buildStart = performance.now();
const tokenizer = await buildStockTokenizer();
const start = performance.now();
let tokens = 0;
for (const text of texts) {
  for (const line of text.split("\n")) if (line !== "") tokens += tokenizer.tokenize(line).length;
}
const end = performance.now();
process.stdout.write(`${JSON.stringify({ buildMs: start - buildStart, tokenizeMs: end - start, tokens })}\n`);

import fs from "node:fs";
import path from "node:path";
import { stockTokenizer } from "../src/tokenize/kuromoji-stock.js";
import { defaultDicPath, loadDictionaryData, tokenizerFromData } from "../src/tokenize/load-tokenizer.js";
import type { Tokenizer } from "../src/tokenize/tokenizer.js";

// One tokenizer (`engine`: kouka's IPADIC engine; `stock`: stock kuromoji) over the corpus
// files, line by line. Reading the files and loading the tokenizer happen before the clock
// starts; only tokenize is timed, in CPU time (the machine may be shared).
const [which, dir] = process.argv.slice(2);
if ((which !== "engine" && which !== "stock") || !dir) throw new Error("usage: child-tokenize.js engine|stock <corpus dir>");
const lines = fs
  .readdirSync(dir)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .flatMap((n) => fs.readFileSync(path.join(dir, n), "utf8").split("\n"))
  .filter((l) => l !== "");
const tokenizer: Tokenizer = which === "stock" ? await stockTokenizer(defaultDicPath()) : tokenizerFromData(await loadDictionaryData());
const before = process.cpuUsage();
let tokens = 0;
for (const line of lines) tokens += tokenizer.tokenize(line).length;
const used = process.cpuUsage(before);
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l), 0);
process.stdout.write(`${JSON.stringify({ cpuMs: (used.user + used.system) / 1000, bytes, tokens })}\n`);

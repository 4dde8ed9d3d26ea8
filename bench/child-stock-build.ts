import { buildStockTokenizer } from "./stock-kuromoji.js";

// Baseline for start-up: a fresh process that builds stock kuromoji and exits. The parent
// times the whole process, as it times `kouka analyze`.
const tokenizer = await buildStockTokenizer();
// Use it once, as kouka's start-up run tokenizes its one line.
process.stdout.write(`${tokenizer.tokenize("規模の経済").length}\n`);

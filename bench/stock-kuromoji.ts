import { createRequire } from "node:module";
import path from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";

const require = createRequire(import.meta.url);

/** kuromoji as its README loads it: builder({ dicPath }).build, nothing of kouka's. */
export function buildStockTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  const kuromoji = require("kuromoji") as typeof import("kuromoji");
  const dicPath = path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer)));
  });
}

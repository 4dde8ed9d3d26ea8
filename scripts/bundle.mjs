// Bundles the CLI and its worker into one file each (dist/bundle/): Node loads one
// file far faster than the ~100 modules tsc emits, which is most of kouka's start-up.
// kuromoji stays external: it reads its own files at run time.
import { build } from "esbuild";

await build({
  entryPoints: { kouka: "dist/bin/kouka.js", "analysis-worker": "dist/src/parallel/analysis-worker.js" },
  outdir: "dist/bundle",
  // Commands load what only they need (terms: natural's TF-IDF) as separate chunks.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["kuromoji", "doublearray"],
  // CommonJS dependencies inside an ES module bundle need a require.
  banner: { js: "import { createRequire as __koukaRequire } from 'node:module'; const require = __koukaRequire(import.meta.url);" },
  logLevel: "warning",
});

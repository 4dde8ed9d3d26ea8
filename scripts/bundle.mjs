// Bundles the CLI for start-up speed (dist/bundle/): Node loads one file far faster than the
// ~100 modules tsc emits, and bin/launch.ts runs it with a V8 code cache.
//   kouka.cjs          the `kouka` command (bin/launch.ts)
//   kouka-main.cjs     the CLI (bin/kouka.ts) and everything it uses, as one CommonJS file
//   analysis-worker.js a --jobs worker thread (src/parallel/analysis-worker.ts)
//   lib/index.js       the library (`import "kouka"`, src/index.ts), an ES module split at its
//                      dynamic imports so that importing it loads only the small entry chunk
// A dependency only some runs need stays outside and is required from node_modules when
// used: yaml (parsing data files when their compiled form is not cached yet), so it does not
// weigh on the code cache of a usual run.
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const sha1 = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash("sha1")).digest("hex");

/** Identifies this build's code (and dependency versions) for the caches keyed by it (src/build-id.ts). */
function buildId() {
  const files = ["dist/src", "dist/bin"]
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
  return sha1(...[...files, "package-lock.json"].flatMap((file) => [file, readFileSync(file)]));
}

/**
 * commander requires node:child_process (~4 ms to load) for external subcommands, which kouka
 * has none of: it gets a stand-in that loads the module on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

/**
 * The HTML and Markdown readers (parse5, micromark: more than the rest of the CLI together)
 * are bundles of their own, read-html.cjs and read-markdown.cjs, required when a run first
 * reads such a file; the CLI bundle and its code cache stay the size a text run needs.
 */
const MARKUP_READERS = ["read-html", "read-markdown"];
const lazyReaders = {
  name: "lazy-readers",
  setup(b) {
    const filter = new RegExp(`^\\./(${MARKUP_READERS.join("|")})\\.js$`);
    b.onResolve({ filter }, (args) =>
      args.importer.endsWith(`${path.sep}read-bytes.js`) ? { path: args.path.slice(2, -3), namespace: "lazy-reader" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-reader" }, (args) => ({
      contents: `module.exports = require(require("node:path").join(__dirname, ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: "js",
    }));
  },
};

/**
 * `kouka report`'s chart renderer (Observable Plot, d3, linkedom) is a chunk of its own,
 * dist/bundle/report-charts.cjs, required only when a report is drawn (src/cli/load-charts.ts):
 * every other command loads and caches the same small kouka-main.cjs as before.
 */
const lazyCharts = {
  name: "lazy-charts",
  setup(b) {
    b.onResolve({ filter: /[\\/]view[\\/]render-charts\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}cli${path.sep}`) ? { path: "report-charts", namespace: "lazy-charts" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-charts" }, () => ({
      contents: 'module.exports = require(require("node:path").join(__dirname, "report-charts.cjs"));',
      loader: "js",
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  external: ["yaml"],
  plugins: [lazyChildProcess, lazyCharts],
  logLevel: "warning",
};
// A CommonJS file has no import.meta; its own file name stands in for it.
const commonJs = {
  format: "cjs",
  define: { "import.meta.url": "__koukaModuleUrl" },
  banner: {
    js: [
      "var __koukaModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      "var __koukaBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });",
    ].join("\n"),
  },
};

/**
 * Writes a CommonJS build. `import fs from "node:fs"` becomes __toESM(require("node:fs"), 1),
 * which copies every export of the module onto a fresh object, ~20 times a start-up (2.5 ms);
 * an object whose prototype is the module reads the same and costs nothing. `finish` may
 * rework the text further.
 */
async function buildCommonJs(options, finish = (text) => text) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    const text = file.text.replace(/__toESM\((require\("node:[a-z0-9_/]+"\)), 1\)/g, "__koukaBuiltin($1)");
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, finish(text));
    // A file starting with #! is a command (esbuild's own writing would set this too).
    if (text.startsWith("#!")) chmodSync(file.path, 0o755);
  }
}

/**
 * The CLI as bin/launch.ts compiles it: already inside CommonJS's function wrapper (no copy
 * of the source to make at start-up) and pure ASCII, so V8 holds it as a one-byte string
 * (esbuild leaves non-ASCII characters in regular expression literals). \uXXXX means the
 * same as the character in strings, templates, identifiers and regular expressions; after a
 * backslash it would not, so that stops the build.
 */
function launchable(text) {
  const escaped = text.replace(/[^\0-\x7f]/g, (ch, at) => {
    if (text[at - 1] === "\\") throw new Error(`bundle: cannot escape '${ch}' after a backslash at ${at}`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `(function (exports, require, module, __filename, __dirname) {${escaped}\n})`;
}
const define = { KOUKA_BUILD_ID: JSON.stringify(buildId()) };

rmSync("dist/bundle", { recursive: true, force: true });
await buildCommonJs({
  ...common,
  ...commonJs,
  plugins: [...common.plugins, lazyReaders],
  define: { ...commonJs.define, ...define },
  entryPoints: ["dist/bin/kouka.js"],
  outfile: "dist/bundle/kouka-main.cjs",
}, launchable);
for (const reader of MARKUP_READERS) {
  await buildCommonJs({ ...common, ...commonJs, entryPoints: [`dist/src/readers/${reader}.js`], outfile: `dist/bundle/${reader}.cjs` });
}
await build({
  ...common,
  format: "esm",
  define,
  // CommonJS dependencies inside an ES module bundle need a require.
  banner: { js: "import { createRequire as __koukaRequire } from 'node:module'; const require = __koukaRequire(import.meta.url);" },
  entryPoints: ["dist/src/parallel/analysis-worker.js"],
  outfile: "dist/bundle/analysis-worker.js",
});
// The library carries BUILD_ID too, so it reads and writes the same knowledge cache as the CLI.
await build({
  ...common,
  format: "esm",
  define,
  splitting: true,
  banner: { js: "import { createRequire as __koukaRequire } from 'node:module'; const require = __koukaRequire(import.meta.url);" },
  entryPoints: { index: "dist/src/index.js" },
  outdir: "dist/bundle/lib",
  chunkNames: "[name]-[hash]",
});
await buildCommonJs({
  ...common,
  ...commonJs,
  entryPoints: ["dist/src/view/render-charts.js"],
  outfile: "dist/bundle/report-charts.cjs",
});
await buildCommonJs({
  ...common,
  ...commonJs,
  define: { ...commonJs.define, KOUKA_MAIN_HASH: JSON.stringify(sha1(readFileSync("dist/bundle/kouka-main.cjs")).slice(0, 16)) },
  entryPoints: ["dist/bin/launch.js"],
  outfile: "dist/bundle/kouka.cjs",
});

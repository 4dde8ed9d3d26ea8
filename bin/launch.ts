#!/usr/bin/env node
// The `kouka` command. It runs the bundled CLI (kouka-main.cjs, from bin/kouka.ts) through
// vm.Script with a V8 code cache in the user cache folder, so a start-up deserialises
// compiled code instead of parsing and compiling ~450 KB of JavaScript; Node 20 has no
// compile cache of its own. V8 rejects a cache made by another V8 or with other flags,
// and the file name carries a hash of the bundle, so a cache never runs other code.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { defaultCacheDir } from "../src/cache/cache-dir.js";
import { trimCache } from "../src/cache/trim-cache.js";
import { writeFileAtomic } from "../src/cache/write-atomic.js";

/** The first 16 hex digits of the SHA-1 of kouka-main.cjs, written in by scripts/bundle.mjs. */
declare const KOUKA_MAIN_HASH: string;

const PREFIX = "code-";
/** Commands that analyse documents: only their runs write the cache (see below). */
const ANALYSING = new Set(["analyze", "mentions", "tokens", "terms"]);

const here = path.dirname(fileURLToPath(import.meta.url));
const main = path.join(here, "kouka-main.cjs");
const cacheDir = defaultCacheDir();
const cacheFile = cacheDir && path.join(cacheDir, `${PREFIX}${KOUKA_MAIN_HASH}-${process.versions.v8}-${process.arch}.bin`);

let cachedData: Buffer | undefined;
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile);
} catch {
  // No cache yet: compile, and write one when the run ends.
}

// The bundle is CommonJS's function wrapper around the CLI (scripts/bundle.mjs).
const script = new vm.Script(fs.readFileSync(main, "utf8"), { filename: main, ...(cachedData ? { cachedData } : {}) });
// Written at exit, so the cache holds every function the run compiled, not only the top
// level; and only by a run that analysed documents, so that it holds the code such runs need
// (a first `kouka --help` would otherwise leave a cache of little more than the help).
const analysing = ANALYSING.has(process.argv[2] ?? "") && !process.argv.some((a) => a === "--help" || a === "-h");
if (cacheFile && cacheDir && analysing && (cachedData === undefined || script.cachedDataRejected === true)) {
  process.once("exit", (code) => {
    if (code > 1) return;
    try {
      writeFileAtomic(cacheFile, [script.createCachedData()]);
      trimCache(cacheDir, PREFIX, 4);
    } catch {
      // Only a cache: the next run compiles again.
    }
  });
}
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(main), module, main, here);

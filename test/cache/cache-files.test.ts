import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCacheDir } from "../../src/cache/cache-dir.js";
import { shortHash } from "../../src/cache/short-hash.js";
import { trimCache } from "../../src/cache/trim-cache.js";
import { tempFileFor, writeFileAtomic } from "../../src/cache/write-atomic.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "kouka-cache-files-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("defaultCacheDir", () => {
  it("uses an absolute XDG_CACHE_HOME, else ~/.cache, else none", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/x/cache" })).toBe(path.join("/x/cache", "kouka"));
    expect(defaultCacheDir({ XDG_CACHE_HOME: "relative" })).toMatch(/\.cache[/\\]kouka$/);
  });
});

describe("shortHash", () => {
  it("is 14 hex digits, stable, and differs for different texts", () => {
    expect(shortHash("規模の経済")).toMatch(/^[0-9a-f]{14}$/);
    expect(shortHash("規模の経済")).toBe(shortHash("規模の経済"));
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => shortHash(`/dictionaries/${i}.yaml`)));
    expect(hashes.size).toBe(1000);
  });
});

describe("writeFileAtomic", () => {
  it("writes the pieces in order, creating the folder, and leaves no temp file", () => {
    const file = path.join(tmp, "a", "b", "out.bin");
    writeFileAtomic(file, [Buffer.from("規模"), new Uint8Array([0x2c]), Buffer.from("範囲")]);
    expect(readFileSync(file, "utf8")).toBe("規模,範囲");
    expect(readdirSync(path.dirname(file))).toEqual(["out.bin"]);
  });

  it("throws, keeps the old file and leaves no temp file when it cannot finish", () => {
    const dir = path.join(tmp, "c");
    const file = path.join(dir, "out.bin");
    writeFileAtomic(file, [Buffer.from("old")]);
    mkdirSync(path.join(dir, "blocker.bin"));
    expect(() => writeFileAtomic(path.join(dir, "blocker.bin"), [Buffer.from("new")])).toThrow();
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["blocker.bin", "out.bin"]);
  });

  it("names temp files beside the target, hidden and distinct", () => {
    const a = tempFileFor("/x/y/report.csv");
    expect(path.dirname(a)).toBe("/x/y");
    expect(path.basename(a)).toMatch(/^\.report\.csv\.[0-9a-z]{10}\.tmp$/);
    expect(tempFileFor("/x/y/report.csv")).not.toBe(a);
  });
});

describe("trimCache", () => {
  it("keeps the newest files of a prefix, removes old temp files, touches nothing else", () => {
    const dir = path.join(tmp, "trim");
    mkdirSync(dir);
    const now = Date.now() / 1000;
    for (let i = 0; i < 6; i++) {
      const file = path.join(dir, `code-${i}.bin`);
      writeFileSync(file, "");
      utimesSync(file, now - 100 + i, now - 100 + i);
    }
    writeFileSync(path.join(dir, "ipadic-1.bin"), "");
    writeFileSync(path.join(dir, ".code-9.bin.x.tmp"), "");
    utimesSync(path.join(dir, ".code-9.bin.x.tmp"), now - 7200, now - 7200);
    writeFileSync(path.join(dir, ".code-8.bin.y.tmp"), ""); // a writer at work right now
    trimCache(dir, "code-", 2);
    expect(readdirSync(dir).sort()).toEqual([".code-8.bin.y.tmp", "code-4.bin", "code-5.bin", "ipadic-1.bin"]);
  });

  it("does nothing for a folder that is not there", () => {
    expect(() => trimCache(path.join(tmp, "missing"), "code-", 2)).not.toThrow();
    expect(existsSync(path.join(tmp, "missing"))).toBe(false);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { MessageChannel } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KoukaError } from "../../src/errors.js";
import { openDictionary, readCache } from "../../src/tokenize/ipadic-cache.js";
import { targetRows } from "../../src/tokenize/ipadic-decode.js";
import { encodeFeatures, featureReader } from "../../src/tokenize/ipadic-features.js";
import { ipadicEngine } from "../../src/tokenize/ipadic-engine.js";
import { wholePages } from "../../src/tokenize/ipadic-pages.js";
import { stockTokenizer } from "../../src/tokenize/kuromoji-stock.js";
import { defaultDicPath, loadDictionaryData, loadTokenizer, tokenizerFromData, type DictionaryData } from "../../src/tokenize/load-tokenizer.js";
import type { Tokenizer, WordToken } from "../../src/tokenize/tokenizer.js";

/** kuromoji's own feature reader, the reference for the compact features (a test may reach into it). */
interface StockFeatures {
  loadDictionary(tid: Uint8Array): void;
  loadPosVector(tidPos: Uint8Array): void;
  getFeatures(id: string): string;
}
const TokenInfoDictionary = createRequire(import.meta.url)("kuromoji/src/dict/TokenInfoDictionary.js") as new () => StockFeatures;

const SEED = fs.readFileSync("/work/shared/seed/000_ff73a4c8bf075508.txt", "utf8");
/** Unknown words, Latin, digits (half and full width), symbols, surrogate pairs, odd whitespace. */
const ODDITIES = [
  "ChatGPT に代表される大規模な AI モデルが 2023 年に登場し、ＧＰＵ需要は１２３．５％増えた。",
  "ｶﾀｶﾅとﾊﾝｶｸ、Ωメガ、Привет мир、𠮷野家の😀と〽️。",
  "ＡＢＣ abc123 #hashtag @user https://example.com/a?b=c&d=1 ４２ 42.195km",
  "　\t\n、。、。…‥「」『』（）［］",
  "",
];
const TEXTS = [...SEED.split(/\n+/).filter((p) => p.trim() !== ""), ...ODDITIES];

const LONG = 120_000;
const dicPath = defaultDicPath();
let tmp: string;
let stock: Tokenizer;
let expected: (readonly WordToken[])[];

function expectSameTokens(tokenizer: Tokenizer): void {
  TEXTS.forEach((text, i) => expect(tokenizer.tokenize(text)).toStrictEqual(expected[i]));
}

function cacheFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".bin")) : [];
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kouka-tokenizer-"));
  // The memoised loaders read the cache folder from the environment when they run.
  process.env["XDG_CACHE_HOME"] = path.join(tmp, "xdg");
  stock = await stockTokenizer(dicPath);
  expected = TEXTS.map((text) => stock.tokenize(text));
}, LONG);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("loadTokenizer", () => {
  it("tokenizes exactly like stock kuromoji, all fields, and caches the dictionary", async () => {
    expectSameTokens(await loadTokenizer());
    expect(cacheFiles(path.join(tmp, "xdg", "kouka"))).toHaveLength(1);
  }, LONG);

  it("gives concurrent callers one promise and one tokenizer", async () => {
    const [a, b] = [loadTokenizer(), loadTokenizer(dicPath)];
    expect(a).toBe(b);
    expect(await a).toBe(await b);
    expect(await loadDictionaryData()).toBe(await loadDictionaryData(dicPath));
  });

  it("rejects a bad path with TOKENIZER_LOAD, then loads once the path is good", async () => {
    const bad = path.join(tmp, "dict-later");
    const failed = loadTokenizer(bad);
    await expect(failed).rejects.toBeInstanceOf(KoukaError);
    await expect(failed).rejects.toMatchObject({ code: "TOKENIZER_LOAD", where: bad });
    fs.mkdirSync(bad);
    for (const f of fs.readdirSync(dicPath)) fs.copyFileSync(path.join(dicPath, f), path.join(bad, f));
    const retried = loadTokenizer(bad);
    expect(retried).not.toBe(failed);
    expect((await retried).tokenize(TEXTS[0] ?? "")).toStrictEqual(stock.tokenize(TEXTS[0] ?? ""));
  }, LONG);
});

describe("dictionary cache", () => {
  let cacheDir: string;
  let cacheFile: string;
  let good: Buffer;
  const readPages = (loaded: Uint8Array) => loaded.reduce((n, page) => n + page, 0);
  const flipped = (b: Buffer, at: number) => Buffer.concat([b.subarray(0, at), Buffer.from([~(b[at] ?? 0) & 0xff]), b.subarray(at + 1)]);

  beforeAll(async () => {
    cacheDir = path.join(tmp, "cache");
    await openDictionary(dicPath, cacheDir);
    const [file] = cacheFiles(cacheDir);
    cacheFile = path.join(cacheDir, file ?? "missing");
    good = fs.readFileSync(cacheFile);
  }, LONG);

  it("opens a warm cache by its header alone and reads pages as tokenizing needs them", async () => {
    const { data, pages } = await openDictionary(dicPath, cacheDir);
    expect(data.trie.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.trie.buffer.byteLength).toBe(good.length); // one buffer, laid out as the file
    const atOpen = readPages(pages.loaded);
    const tokenizer = ipadicEngine(data, pages);
    tokenizer.tokenize("規模の経済");
    const afterOne = readPages(pages.loaded);
    expect(afterOne).toBeGreaterThan(atOpen);
    expect(afterOne).toBeLessThan(pages.loaded.length / 10);
    expectSameTokens(tokenizer);
    pages.loadAll();
    expect(readPages(pages.loaded)).toBe(pages.loaded.length);
    expect(Buffer.from(data.trie.buffer).equals(good)).toBe(true);
  });

  it("tokenizes every text like stock from a freshly opened cache, whatever it reads first", async () => {
    for (const [i, text] of TEXTS.entries()) {
      const { data, pages } = await openDictionary(dicPath, cacheDir);
      expect(ipadicEngine(data, pages).tokenize(text)).toStrictEqual(expected[i]);
    }
  });

  it.each([
    ["a flipped byte in its header", (b: Buffer) => flipped(b, 40)],
    ["a truncated file", (b: Buffer) => b.subarray(0, b.length - 4096)],
  ])("ignores %s, decodes again and repairs the cache", async (_what, corrupt) => {
    fs.writeFileSync(cacheFile, corrupt(good));
    const { data, pages } = await openDictionary(dicPath, cacheDir);
    expect(readPages(pages.loaded)).toBe(pages.loaded.length); // decoded whole
    expectSameTokens(tokenizerFromData(data));
    expect(fs.readFileSync(cacheFile).equals(good)).toBe(true);
  }, LONG);

  it("fails on a damaged page when it is read, naming the cache file, and deletes it", async () => {
    fs.writeFileSync(cacheFile, flipped(good, good.length >> 1));
    const { pages } = await openDictionary(dicPath, cacheDir);
    expect(() => pages.loadAll()).toThrow(expect.objectContaining({ code: "TOKENIZER_LOAD", where: cacheFile, message: expect.stringMatching(/damaged/) }));
    expect(fs.existsSync(cacheFile)).toBe(false);
    // The next run decodes the dictionary again and writes a good cache.
    expectSameTokens(tokenizerFromData((await openDictionary(dicPath, cacheDir)).data));
    expect(fs.readFileSync(cacheFile).equals(good)).toBe(true);
  }, LONG);

  it("deletes caches in an older format when it writes one, and keeps other installations'", async () => {
    const head = (format: number) => {
      const b = Buffer.alloc(4096);
      b.write("KOUKAIPA", 0, "latin1");
      b.writeUInt32LE(format, 8);
      return b;
    };
    const older = path.join(cacheDir, "ipadic-00000000000000-11111111111111.bin");
    const other = path.join(cacheDir, "ipadic-22222222222222-33333333333333.bin");
    const format = good.readUInt32LE(8); // the current one
    fs.writeFileSync(older, head(format - 1));
    fs.writeFileSync(other, head(format));
    fs.writeFileSync(cacheFile, good.subarray(0, 4096)); // damaged: decoded and written again
    await openDictionary(dicPath, cacheDir);
    expect([fs.existsSync(older), fs.existsSync(other)]).toEqual([false, true]);
    expect(fs.readFileSync(cacheFile).equals(good)).toBe(true);
    fs.rmSync(other);
  }, LONG);

  it("falls back silently when the cache folder cannot be created", async () => {
    const blocker = path.join(tmp, "not-a-folder");
    fs.writeFileSync(blocker, "");
    const { data } = await openDictionary(dicPath, path.join(blocker, "kouka"));
    expectSameTokens(tokenizerFromData(data));
  }, LONG);

  it("never reads garbage, an empty file or a cache made for other dictionary files", () => {
    const key = JSON.stringify({ another: "fingerprint" });
    fs.writeFileSync(cacheFile, good);
    expect(readCache(cacheFile, key)).toBeNull();
    for (const junk of [Buffer.from("not a dictionary"), Buffer.alloc(0)]) {
      fs.writeFileSync(cacheFile, junk);
      expect(readCache(cacheFile, key)).toBeNull();
    }
  });
});

describe("tokenizerFromData", () => {
  let data: DictionaryData;
  beforeAll(async () => {
    data = await loadDictionaryData();
  }, LONG);

  it("works on data passed through structured clone, without copying it", () => {
    const cloned = structuredClone(data);
    expect(cloned.featureUnits.buffer).toBeInstanceOf(SharedArrayBuffer);
    expectSameTokens(tokenizerFromData(cloned));
  });

  it("works on data posted over a MessageChannel, as to a worker", async () => {
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<DictionaryData>((resolve) => port2.once("message", resolve));
    port1.postMessage(data);
    const posted = await received;
    port1.close();
    expect(posted.trie.buffer).toBeInstanceOf(SharedArrayBuffer);
    expectSameTokens(tokenizerFromData(posted));
  });

  it("rejects something that is not dictionary data", () => {
    expect(() => tokenizerFromData({} as DictionaryData)).toThrow(expect.objectContaining({ code: "TOKENIZER_LOAD" }));
  });
});

describe("targetRows", () => {
  /** tid_map.dat bytes: a key count, then (key, count, ids…) records, then zero padding. */
  function tidMap(...records: number[][]): Buffer {
    const ints = [records.length, ...records.flatMap(([key = 0, ...ids]) => [key, ids.length, ...ids]), 0, 0, 0];
    const buf = Buffer.alloc(ints.length * 4);
    ints.forEach((n, i) => buf.writeInt32LE(n, i * 4));
    return buf;
  }

  it("keeps each key's ids in file order, merges repeated keys and leaves empty keys absent", () => {
    const { starts, ids } = targetRows(tidMap([2, 50, 40], [0, 10], [1], [2, 30]));
    const row = (k: number) => Array.from(ids.subarray(starts[k], starts[k + 1]));
    expect(starts).toHaveLength(4);
    expect([row(0), row(1), row(2)]).toEqual([[10], [], [50, 40, 30]]);
  });
});

describe("compact features", () => {
  /** tid.dat and tid_pos.dat for the given feature strings (or raw bytes), one record each. */
  function dictionary(entries: (string | number[])[]): { tid: Buffer; tidPos: Buffer; ids: Int32Array } {
    const strings = entries.map((e) => Buffer.concat([typeof e === "string" ? Buffer.from(e) : Buffer.from(e), Buffer.from([0])]));
    const tid = Buffer.alloc(entries.length * 10);
    let at = 0;
    strings.forEach((bytes, k) => {
      tid.writeInt32LE(at, k * 10 + 6);
      at += bytes.length;
    });
    return { tid, tidPos: Buffer.concat(strings), ids: Int32Array.from(entries, (_e, k) => k * 10) };
  }

  it("rebuilds exactly what kuromoji's getFeatures returns, odd entries included", () => {
    const entries = [
      "すもも,名詞,一般,*,*,*,*,すもも,スモモ,スモモ",
      "行っ,動詞,自立,*,*,五段・カ行促音便,連用タ接続,行く,イッ,イッ",
      "は,助詞,係助詞,*,*,*,*,は,ハ,ワ",
      "ＡＢＣ,名詞,固有名詞,組織,*,*,*,*", // too few fields
      ",,記号,読点,*,*,*,*,,,、,、", // a comma as surface: too many fields
      "𠮷野,名詞,固有名詞,人名,姓,*,*,𠮷野,ヨシノ,ヨシノ",
      `${"あ".repeat(300)},名詞,一般,*,*,*,*,${"あ".repeat(300)},ア,ア`, // longer than a length unit holds
      "x,名詞\n,一般,*,*,*,*,x,エックス,エックス", // a newline in the POS tuple
      "\uFFFD,記号,一般,*,*,*,*,\uFFFD,*,*",
      "",
      [0xe3, 0x81, 0x2c, 0x41, 0xff, 0x2c, 0xf0, 0x9f], // not UTF-8: kuromoji's decoder decides
    ];
    const { tid, tidPos, ids } = dictionary(entries);
    const stock = new TokenInfoDictionary();
    stock.loadDictionary(tid);
    stock.loadPosVector(tidPos);
    const encoded = encodeFeatures(tid, tidPos, ids);
    const read = featureReader(encoded, wholePages(encoded.units.buffer));
    for (const id of ids) expect(read(id)).toBe(stock.getFeatures(String(id)));
  });
});

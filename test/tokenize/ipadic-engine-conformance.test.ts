import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockTokenizer } from "../../src/tokenize/kuromoji-stock.js";
import { defaultDicPath, loadTokenizer } from "../../src/tokenize/load-tokenizer.js";
import type { Tokenizer } from "../../src/tokenize/tokenizer.js";
import { conformanceTexts } from "./conformance-texts.js";

/*
 * The conformance suite: kouka's IPADIC engine and stock kuromoji over more than a million
 * tokens of varied text (the corpus, generated text from a fixed seed, long runs without
 * 、 or 。) must give the very same words with the very same features.
 */

const LONG = 900_000;
const SEED = 14;
const GENERATED = 16_000;
let tmp: string;
let stock: Tokenizer;
let engine: Tokenizer;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kouka-conformance-"));
  process.env["XDG_CACHE_HOME"] = path.join(tmp, "xdg");
  stock = await stockTokenizer(defaultDicPath());
  engine = await loadTokenizer();
}, LONG);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("IPADIC engine conformance with stock kuromoji", () => {
  it("gives identical tokens and features on over a million tokens of varied text", () => {
    const texts = conformanceTexts(SEED, GENERATED);
    let tokens = 0;
    let differing = 0;
    for (const text of texts) {
      const want = stock.tokenize(text);
      const got = engine.tokenize(text);
      tokens += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        differing++;
        // The first difference, shown in full.
        if (differing === 1) expect({ text, tokens: got }).toStrictEqual({ text, tokens: want });
      }
    }
    expect(differing).toBe(0);
    expect(tokens).toBeGreaterThan(1_000_000);
  }, LONG);

  it("the generated text holds what it is meant to (so the comparison covers it)", () => {
    const all = conformanceTexts(SEED, 2000).join("\n");
    for (const kind of [/\p{Extended_Pictographic}/u, /[\u{10000}-\u{10FFFF}]/u, /[ｦ-ﾝ]/u, /[A-Za-z]{3}/u, /[0-9]{3}/u, /[０-９]/u]) {
      expect(all).toMatch(kind);
    }
    expect(Math.max(...all.split(/[\n、。]/u).map((s) => s.length))).toBeGreaterThanOrEqual(8000);
  });
});

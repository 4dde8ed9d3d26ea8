import Encoding from "encoding-japanese";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/input/decode-bytes.js";

const SENTENCE = "規模の経済とネットワーク効果が働く。";

function sjis(text: string): Uint8Array {
  return Uint8Array.from(Encoding.convert(text, { to: "SJIS", from: "UNICODE", type: "array" }));
}
function eucjp(text: string): Uint8Array {
  return Uint8Array.from(Encoding.convert(text, { to: "EUCJP", from: "UNICODE", type: "array" }));
}
function utf16le(text: string): Uint8Array {
  return Buffer.from(text, "utf16le");
}
function utf16be(text: string): Uint8Array {
  return Buffer.from(text, "utf16le").swap16();
}
function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  return Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
}

describe("decodeBytes auto", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeBytes(bytes(SENTENCE), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM", () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], SENTENCE), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "utf-8" });
  });

  it("calls UTF-16 without a BOM binary, hinting at --encoding utf-16, but not other binary data", () => {
    expect(decodeBytes(utf16le("規模の経済 and scale\n"), "auto")).toEqual({ ok: false, kind: "binary", reason: expect.stringContaining("use --encoding utf-16") });
    expect(decodeBytes(utf16be("規模の経済 and scale\n"), "auto")).toEqual({ ok: false, kind: "binary", reason: expect.stringContaining("use --encoding utf-16") });
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i % 3 === 0 ? 0 : (i * 7) & 0xff));
    expect(decodeBytes(binary, "auto")).toEqual({ ok: false, kind: "binary", reason: "not a text file (binary data)" });
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    expect(decodeBytes(bytes([0xff, 0xfe], utf16le(SENTENCE)), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "utf-16le" });
    expect(decodeBytes(bytes([0xfe, 0xff], utf16be(SENTENCE)), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "utf-16be" });
  });

  it("detects Shift_JIS and decodes it exactly", () => {
    expect(decodeBytes(sjis(SENTENCE), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "shift_jis" });
  });

  it("detects EUC-JP and decodes it exactly", () => {
    expect(decodeBytes(eucjp(SENTENCE), "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "euc-jp" });
  });

  it("keeps half-width katakana in Shift_JIS (the trap where SJIS and EUC-JP overlap)", () => {
    const text = "ﾈｯﾄﾜｰｸ効果と規模の経済。\r\n";
    expect(decodeBytes(sjis(text), "auto")).toEqual({ ok: true, text, encoding: "shift_jis" });
    expect(decodeBytes(eucjp(text), "auto")).toEqual({ ok: true, text, encoding: "euc-jp" });
  });

  it("reads ISO-2022-JP, which is 7-bit and would otherwise pass as UTF-8", () => {
    const jis = Uint8Array.from(Encoding.convert(SENTENCE, { to: "JIS", from: "UNICODE", type: "array" }));
    expect(decodeBytes(jis, "auto")).toEqual({ ok: true, text: SENTENCE, encoding: "iso-2022-jp" });
  });

  it("treats empty input as empty text", () => {
    expect(decodeBytes(new Uint8Array(0), "auto")).toEqual({ ok: true, text: "", encoding: "utf-8" });
  });

  it("rejects bytes with NUL as binary", () => {
    const r = decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), "auto");
    expect(r).toEqual({ ok: false, kind: "binary", reason: "not a text file (binary data)" });
  });

  it("rejects control-heavy bytes without NUL as binary", () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 255) + 1);
    expect(decodeBytes(noise, "auto")).toMatchObject({ ok: false, kind: "binary" });
  });

  it("rejects invalid UTF-8 that is not Shift_JIS or EUC-JP either", () => {
    // 0xA0 starts neither a Shift_JIS nor an EUC-JP character.
    expect(decodeBytes(bytes("abc", [0xa0], "def"), "auto")).toEqual({
      ok: false,
      kind: "decode",
      reason: "cannot decode as UTF-8, Shift_JIS or EUC-JP",
    });
    // 0xFD 0xFD is well-formed EUC-JP but maps to no character: must not turn into '?'.
    expect(decodeBytes(bytes("abc?", [0xfd, 0xfd], "def"), "auto")).toMatchObject({ ok: false, kind: "decode" });
  });

  it("tolerates a stray control character such as a DOS end-of-file mark", () => {
    expect(decodeBytes(bytes(SENTENCE, [0x1a]), "auto")).toEqual({ ok: true, text: `${SENTENCE}\u001a`, encoding: "utf-8" });
    expect(decodeBytes(bytes("a\tb\r\nc\fd\v"), "auto")).toMatchObject({ ok: true });
  });

  it("keeps a real '?' in Shift_JIS text", () => {
    const text = "規模の経済とは？ 効果?";
    expect(decodeBytes(sjis(text), "auto")).toMatchObject({ ok: true, text });
  });
});

describe("decodeBytes with an explicit encoding", () => {
  it("uses the encoding asked for, overriding detection", () => {
    expect(decodeBytes(sjis(SENTENCE), "shift_jis")).toEqual({ ok: true, text: SENTENCE, encoding: "shift_jis" });
    expect(decodeBytes(eucjp(SENTENCE), "euc-jp")).toEqual({ ok: true, text: SENTENCE, encoding: "euc-jp" });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], SENTENCE), "utf-8")).toEqual({ ok: true, text: SENTENCE, encoding: "utf-8" });
  });

  it("reports invalid bytes for the encoding asked for", () => {
    expect(decodeBytes(sjis(SENTENCE), "utf-8")).toEqual({ ok: false, kind: "decode", reason: "not valid UTF-8 at byte 0" });
    expect(decodeBytes(bytes("ab", [0xe8, 0xa6]), "utf-8")).toEqual({ ok: false, kind: "decode", reason: "not valid UTF-8 at byte 2" });
    expect(decodeBytes(sjis(SENTENCE), "euc-jp")).toEqual({ ok: false, kind: "decode", reason: "not valid EUC-JP" });
    expect(decodeBytes(bytes("ab", [0xfd, 0xfd]), "shift_jis")).toEqual({ ok: false, kind: "decode", reason: "not valid Shift_JIS" });
  });

  it("reads UTF-16 with or without a BOM", () => {
    expect(decodeBytes(bytes([0xff, 0xfe], utf16le(SENTENCE)), "utf-16")).toMatchObject({ ok: true, text: SENTENCE });
    expect(decodeBytes(utf16le("Network effects: ネットワーク効果"), "utf-16")).toEqual({
      ok: true,
      text: "Network effects: ネットワーク効果",
      encoding: "utf-16le",
    });
    expect(decodeBytes(utf16be("Network effects: ネットワーク効果"), "utf-16")).toEqual({
      ok: true,
      text: "Network effects: ネットワーク効果",
      encoding: "utf-16be",
    });
  });

  it("rejects UTF-16 with an odd number of bytes or a lone surrogate", () => {
    expect(decodeBytes(bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), "utf-16")).toMatchObject({ ok: false, kind: "decode" });
    expect(decodeBytes(bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), "auto")).toMatchObject({ ok: false, kind: "decode" });
  });

  it("rejects NUL bytes under an explicit 8-bit encoding", () => {
    expect(decodeBytes(bytes("ab", [0], "cd"), "utf-8")).toMatchObject({ ok: false, kind: "binary" });
    expect(decodeBytes(bytes("ab", [0], "cd"), "shift_jis")).toMatchObject({ ok: false, kind: "binary" });
  });
});

describe("decodeBytes properties", () => {
  const encodings = ["auto", "utf-8", "shift_jis", "euc-jp", "utf-16"] as const;

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.constantFrom(...encodings), (data, encoding) => {
        const r = decodeBytes(data, encoding);
        if (r.ok) expect(typeof r.text).toBe("string");
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  // Prose characters: no surrogate halves (not encodable) and no C0 controls but tab/LF/CR
  // (a control-dense string is rightly called binary).
  const prose = fc
    .oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x09, 0x0a, 0x0d),
      fc.integer({ min: 0x3000, max: 0x9fff }),
      fc.integer({ min: 0x80, max: 0x10ffff }),
    )
    .filter((cp) => cp < 0xd800 || cp > 0xdfff)
    .map((cp) => String.fromCodePoint(cp));

  it("round-trips any UTF-8 encoded text", () => {
    fc.assert(
      fc.property(fc.string({ unit: prose, maxLength: 200 }), (text) => {
        fc.pre(!text.startsWith("\ufeff"));
        expect(decodeBytes(Buffer.from(text, "utf8"), "auto")).toEqual({ ok: true, text, encoding: "utf-8" });
        expect(decodeBytes(Buffer.from(text, "utf8"), "utf-8")).toEqual({ ok: true, text, encoding: "utf-8" });
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any text written as UTF-16 with a BOM", () => {
    fc.assert(
      fc.property(fc.string({ unit: prose, maxLength: 200 }), (text) => {
        expect(decodeBytes(bytes([0xff, 0xfe], utf16le(text)), "auto")).toMatchObject({ ok: true, text });
        expect(decodeBytes(bytes([0xfe, 0xff], utf16be(text)), "auto")).toMatchObject({ ok: true, text });
      }),
    );
  });
});

describe("decodeBytes performance", () => {
  it("decodes 50 MB of UTF-8 in well under a few seconds", () => {
    const line = Buffer.from(`${SENTENCE}スケールメリットとeconomies of scopeについて。\n`, "utf8");
    const big = Buffer.alloc(50 * 1024 * 1024);
    for (let at = 0; at + line.length <= big.length; at += line.length) line.copy(big, at);
    const filled = big.subarray(0, big.length - (big.length % line.length));
    const started = performance.now();
    const r = decodeBytes(filled, "auto");
    const elapsed = performance.now() - started;
    expect(r.ok).toBe(true);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("decodeBytes with Node's TextDecoder", () => {
  /** Every two-byte sequence an encoding-japanese round trip accepts, with its character. */
  function everyCharacter(from: "SJIS" | "EUCJP", leads: (b: number) => boolean): [Uint8Array, string][] {
    const pairs: [Uint8Array, string][] = [];
    for (let a = 0x81; a <= 0xfe; a++) {
      if (!leads(a)) continue;
      for (let b = 0x40; b <= 0xfe; b++) {
        const pair = Uint8Array.of(a, b);
        if (Encoding.detect(pair, from) !== from) continue;
        const text = Encoding.convert(pair, { to: "UNICODE", from, type: "string" });
        if (!text.includes("?")) pairs.push([pair, text]);
      }
    }
    return pairs;
  }

  it.each([
    ["shift_jis", "SJIS", (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)],
    ["euc-jp", "EUCJP", (b: number) => b >= 0xa1],
  ] as const)("reads every %s character exactly as encoding-japanese (the decoder before) did", (encoding, from, leads) => {
    const pairs = everyCharacter(from, leads);
    expect(pairs.length).toBeGreaterThan(7000);
    const differ = pairs.filter(([pair, text]) => {
      const r = decodeBytes(pair, encoding);
      return !r.ok || r.text !== text;
    });
    expect(differ).toEqual([]);
  });

  it("rejects a byte pair that is no character under an explicit 8-bit encoding", () => {
    expect(decodeBytes(Uint8Array.of(0x82, 0x20), "shift_jis")).toMatchObject({ ok: false, kind: "decode" });
    expect(decodeBytes(Uint8Array.of(0xa4, 0x20), "euc-jp")).toMatchObject({ ok: false, kind: "decode" });
  });

  it("keeps ANSI-coloured UTF-8 logs as UTF-8 (ESC [ is not ISO-2022-JP)", () => {
    const log = bytes("\u001b[31m規模の経済\u001b[0m\n");
    expect(decodeBytes(log, "auto")).toMatchObject({ ok: true, encoding: "utf-8", text: "\u001b[31m規模の経済\u001b[0m\n" });
  });
});

import { describe, expect, it } from "vitest";
import { composeMaps, MappedTextBuilder, type MappedText, type OffsetMap } from "../../src/text/offset-map.js";
import { normalizeText } from "../../src/text/normalize-text.js";

/** toSource of every output position 0…length, as one array to compare. */
function positions(m: MappedText): number[] {
  return Array.from({ length: m.text.length + 1 }, (_, p) => m.map.toSource(p));
}

describe("MappedTextBuilder", () => {
  it("maps kept text one to one", () => {
    const b = new MappedTextBuilder();
    b.keep("abc");
    b.keep("de");
    const m = b.finish();
    expect(m.text).toBe("abcde");
    expect(positions(m)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("maps a same-length replacement one to one", () => {
    const b = new MappedTextBuilder();
    b.keep("x");
    b.replace(2, "YZ");
    b.keep("w");
    const m = b.finish();
    expect(m.text).toBe("xYZw");
    expect(positions(m)).toEqual([0, 1, 2, 3, 4]);
  });

  it("maps text after a deletion past the deleted input", () => {
    // input "ab--cd": delete "--"
    const b = new MappedTextBuilder();
    b.keep("ab");
    b.replace(2, "");
    b.keep("cd");
    const m = b.finish();
    expect(m.text).toBe("abcd");
    expect(m.map.toSource(0)).toBe(0);
    expect(m.map.toSource(1)).toBe(1);
    expect(m.map.toSource(2)).toBe(4); // "c"
    expect(m.map.toSource(3)).toBe(5); // "d"
    expect(m.map.toSource(4)).toBe(6); // end
  });

  it("maps every position inside an expansion to the start of what it replaced", () => {
    // input "a㍿b" (㍿ is one code unit) → "a株式会社b"
    const b = new MappedTextBuilder();
    b.keep("a");
    b.replace(1, "株式会社");
    b.keep("b");
    const m = b.finish();
    expect(m.text).toBe("a株式会社b");
    expect(positions(m)).toEqual([0, 1, 1, 1, 1, 2, 3]);
  });

  it("maps a contraction (two input units → one) to its start", () => {
    // input "ｶﾞx" → "ガx"
    const b = new MappedTextBuilder();
    b.replace(2, "ガ");
    b.keep("x");
    const m = b.finish();
    expect(positions(m)).toEqual([0, 2, 3]);
  });

  it("keeps an empty text valid", () => {
    const m = new MappedTextBuilder().finish();
    expect(m.text).toBe("");
    expect(m.map.toSource(0)).toBe(0);
  });
});

describe("NFKC expansion through normalizeText", () => {
  it("maps ㍿ → 株式会社 (1 → 4) and what follows", () => {
    const m = normalizeText("x㍿と㍿y");
    expect(m.text).toBe("x株式会社と株式会社y");
    expect(positions(m)).toEqual([0, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 5]);
  });
});

describe("composeMaps", () => {
  it("maps the last stage's output back through every stage to the first input", () => {
    // stage 1: "A㍿B" → "A株式会社B" (expansion at 1)
    const first = normalizeText("A㍿B");
    // stage 2: delete "株式" from stage 1's output → "A会社B"
    const b = new MappedTextBuilder();
    b.keep("A");
    b.replace(2, "");
    b.keep("会社B");
    const second = b.finish();
    expect(second.text).toBe("A会社B");
    const map = composeMaps([first.map, second.map]);
    expect(map.toSource(0)).toBe(0); // A
    expect(map.toSource(1)).toBe(1); // 会 → inside the expansion → ㍿
    expect(map.toSource(3)).toBe(2); // B
    expect(map.toSource(4)).toBe(3); // end
  });

  it("applies maps from the last to the first (order matters)", () => {
    const plus = (n: number): OffsetMap => ({ toSource: (p) => p + n, toSourceEnd: (p) => p + n });
    const twice: OffsetMap = { toSource: (p) => p * 2, toSourceEnd: (p) => p * 2 };
    // last stage first: (5 + 1) * 2 = 12, not 5 * 2 + 1 = 11
    expect(composeMaps([twice, plus(1)]).toSource(5)).toBe(12);
    expect(composeMaps([plus(1), twice]).toSource(5)).toBe(11);
  });

  it("is the identity with no stages", () => {
    expect(composeMaps([]).toSource(7)).toBe(7);
  });
});

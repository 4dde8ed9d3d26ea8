import { describe, expect, it } from "vitest";
import { KoukaError } from "../../src/errors.js";
import { fnv1a32, inShard, parseShard } from "../../src/partial/shard.js";

describe("fnv1a32", () => {
  it("matches the published FNV-1a 32-bit test vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("hashes the UTF-8 bytes, not UTF-16 code units", () => {
    // 規 is E8 A6 8F in UTF-8: three rounds.
    let h = 0x811c9dc5;
    for (const b of [0xe8, 0xa6, 0x8f]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    expect(fnv1a32("規")).toBe(h);
  });
});

describe("inShard", () => {
  it("puts every document in exactly one of N shards", () => {
    const names = Array.from({ length: 200 }, (_, i) => `corpus/${i}.txt`);
    for (const n of [1, 2, 3, 7]) {
      for (const name of names) {
        const owners = Array.from({ length: n }, (_, i) => i).filter((i) => inShard(name, { index: i, count: n }));
        expect(owners).toEqual([fnv1a32(name) % n]);
      }
    }
  });
});

describe("parseShard", () => {
  it("reads I/N", () => {
    expect(parseShard("0/1")).toEqual({ index: 0, count: 1 });
    expect(parseShard("3/8")).toEqual({ index: 3, count: 8 });
  });

  it.each(["8/8", "1/0", "-1/2", "a/b", "1", "1/2/3", "", "0.5/2", "1 /2x"])("rejects %j as a usage error", (text) => {
    expect(() => parseShard(text)).toThrow(KoukaError);
    try {
      parseShard(text);
    } catch (e) {
      expect((e as KoukaError).code).toBe("USAGE");
      expect((e as KoukaError).where).toBe("--shard");
    }
  });
});

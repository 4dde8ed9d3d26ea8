import { describe, expect, it } from "vitest";
import { matchesPos, parsePosPattern } from "../../src/grammar/pos-pattern.js";

const token = (pos: string, posDetail1 = "*", posDetail2 = "*", posDetail3 = "*") => ({ pos, posDetail1, posDetail2, posDetail3 });

describe("parsePosPattern", () => {
  it("splits on commas and trims", () => {
    expect(parsePosPattern("名詞, 接尾 ,一般")).toEqual(["名詞", "接尾", "一般"]);
  });
});

describe("matchesPos", () => {
  const suffix = token("名詞", "接尾", "一般");
  const adjectival = token("名詞", "接尾", "形容動詞語幹");

  it("matches a token whose POS path starts with the pattern", () => {
    expect(matchesPos(suffix, [parsePosPattern("名詞,接尾")])).toBe(true);
    expect(matchesPos(suffix, [parsePosPattern("名詞")])).toBe(true);
    expect(matchesPos(suffix, [parsePosPattern("名詞,接尾,一般")])).toBe(true);
  });

  it("does not match a different detail", () => {
    expect(matchesPos(adjectival, [parsePosPattern("名詞,接尾,一般")])).toBe(false);
    expect(matchesPos(token("名詞", "一般"), [parsePosPattern("名詞,接尾")])).toBe(false);
    expect(matchesPos(token("助詞", "連体化"), [parsePosPattern("名詞")])).toBe(false);
  });

  it("treats * as any value", () => {
    expect(matchesPos(adjectival, [parsePosPattern("名詞,*,形容動詞語幹")])).toBe(true);
    expect(matchesPos(suffix, [parsePosPattern("名詞,*,形容動詞語幹")])).toBe(false);
  });

  it("matches when any pattern of the list matches, none for an empty list", () => {
    expect(matchesPos(suffix, [parsePosPattern("動詞"), parsePosPattern("名詞,接尾")])).toBe(true);
    expect(matchesPos(suffix, [])).toBe(false);
  });
});

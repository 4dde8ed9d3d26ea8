import { describe, expect, it } from "vitest";
import { createLocator } from "../../src/text/locate-position.js";

describe("createLocator", () => {
  it("gives 1-based line and column", () => {
    const text = "規模の経済\nネットワーク効果\n範囲";
    const locate = createLocator(text);
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(3)).toEqual({ line: 1, column: 4 });
    expect(locate(text.indexOf("効果"))).toEqual({ line: 2, column: 7 });
    expect(locate(text.indexOf("範囲"))).toEqual({ line: 3, column: 1 });
  });

  it("counts a surrogate pair as one column", () => {
    const text = "a😀𠮷b\n𠮷c";
    const locate = createLocator(text);
    expect(locate(text.indexOf("b"))).toEqual({ line: 1, column: 4 });
    expect(locate(text.indexOf("c"))).toEqual({ line: 2, column: 2 });
  });

  it("starts a new line after CRLF", () => {
    const text = "ab\r\ncd";
    expect(createLocator(text)(text.indexOf("d"))).toEqual({ line: 2, column: 2 });
  });

  it("treats a lone CR (old Mac files) as a line break, as split-lines does", () => {
    const text = "ab\rcd";
    expect(createLocator(text)(text.indexOf("d"))).toEqual({ line: 2, column: 2 });
  });

  it("locates the end of the text and the line break itself", () => {
    const text = "ab\n";
    const locate = createLocator(text);
    expect(locate(2)).toEqual({ line: 1, column: 3 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
  });

  it("starts a new line after U+2028 and U+2029", () => {
    const text = "a\u2028bc\u2029d";
    const locate = createLocator(text);
    expect(locate(text.indexOf("c"))).toEqual({ line: 2, column: 2 });
    expect(locate(text.indexOf("d"))).toEqual({ line: 3, column: 1 });
  });

  it("gives the same answers asked in any order (columns are counted on from the previous answer)", () => {
    const text = "ab😀cd\nefg😀h";
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    const fresh = offsets.map((o) => createLocator(text)(o));
    const locate = createLocator(text);
    expect(offsets.map((o) => locate(o))).toEqual(fresh);
    expect([...offsets].reverse().map((o) => locate(o))).toEqual([...fresh].reverse());
  });
});

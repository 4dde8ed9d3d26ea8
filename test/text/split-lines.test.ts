import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/text/split-lines.js";

describe("splitLines", () => {
  it("keeps each line's break and start, for LF, CRLF and CR", () => {
    expect(splitLines("a\r\nbc\nd\re")).toEqual([
      { text: "a", start: 0, eol: "\r\n" },
      { text: "bc", start: 3, eol: "\n" },
      { text: "d", start: 6, eol: "\r" },
      { text: "e", start: 8, eol: "" },
    ]);
  });

  it("ends with an empty last line after a final break", () => {
    expect(splitLines("a\n")).toEqual([
      { text: "a", start: 0, eol: "\n" },
      { text: "", start: 2, eol: "" },
    ]);
  });

  it("ends a line at U+2028 and U+2029 too (issue 19 item 6)", () => {
    expect(splitLines("a\u2028b\u2029c").map((l) => [l.text, l.eol])).toEqual([
      ["a", "\u2028"],
      ["b", "\u2029"],
      ["c", ""],
    ]);
  });
});

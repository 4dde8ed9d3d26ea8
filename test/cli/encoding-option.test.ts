import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseEncoding } from "../../src/cli/encoding-option.js";

describe("--encoding aliases", () => {
  it("the usual names, any case, map to the canonical values", () => {
    const cases: [string, string][] = [
      ["UTF-8", "utf-8"],
      ["utf8", "utf-8"],
      ["Utf_8", "utf-8"],
      ["sjis", "shift_jis"],
      ["Shift-JIS", "shift_jis"],
      ["SHIFT_JIS", "shift_jis"],
      ["cp932", "shift_jis"],
      ["MS932", "shift_jis"],
      ["Windows-31J", "shift_jis"],
      ["eucjp", "euc-jp"],
      ["EUC-JP", "euc-jp"],
      ["euc_jp", "euc-jp"],
      ["utf-16le", "utf-16"],
      ["UTF-16BE", "utf-16"],
      ["utf16", "utf-16"],
      ["AUTO", "auto"],
    ];
    expect(cases.map(([given]) => [given, parseEncoding(given)])).toEqual(cases);
  });

  it("anything else is commander's invalid-argument error listing the values", () => {
    expect(() => parseEncoding("latin1")).toThrow(InvalidArgumentError);
    expect(() => parseEncoding("")).toThrow(/auto, utf-8, shift_jis, euc-jp, utf-16/);
  });
});

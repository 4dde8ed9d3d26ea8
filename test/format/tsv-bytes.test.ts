import { describe, expect, it } from "vitest";
import { TsvBytes } from "../../src/format/tsv-bytes.js";

const utf8 = new TextEncoder();
const text = (value: string): string => {
  const tsv = new TsvBytes();
  tsv.text(value);
  return new TextDecoder().decode(tsv.take());
};

describe("TsvBytes", () => {
  it("escapes tab, LF, CR and backslash; leaves quotes, commas and other text alone", () => {
    expect(text("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(text('"規模,の経済"')).toBe('"規模,の経済"');
  });

  it("gives TextEncoder's bytes for every BMP character, surrogate pairs and lone surrogates", () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c))
      .filter((c) => !"\t\n\r\\".includes(c))
      .join("");
    const odd = ["😀", "𠮷野家", "\ud83d", "a\ud83d", "\ude00b", "\ude00\ud83d", "\ud83d\ud83d\ude00", "ｶﾞ", ""];
    for (const value of [all, ...odd]) {
      const tsv = new TsvBytes();
      tsv.text(value);
      expect(Buffer.from(tsv.take()).equals(Buffer.from(utf8.encode(value)))).toBe(true);
    }
  });

  it("numbers as String(n) writes them", () => {
    const numbers = [0, 7, 9, 10, 99, 100, 12345, 2147483647, 2147483648, -1, -0, 1.5, 0.1, 1e21, Number.NaN];
    const tsv = new TsvBytes();
    numbers.forEach((n, i) => {
      if (i > 0) tsv.tab();
      tsv.number(n);
    });
    tsv.newline();
    expect(new TextDecoder().decode(tsv.take())).toBe(numbers.map(String).join("\t") + "\n");
  });

  it("grows past its first buffer and starts afresh after take", () => {
    const tsv = new TsvBytes();
    const long = "規模の経済".repeat(50_000);
    tsv.text(long);
    tsv.tab();
    tsv.text(long);
    expect(new TextDecoder().decode(tsv.take())).toBe(`${long}\t${long}`);
    tsv.text("x");
    expect(new TextDecoder().decode(tsv.take())).toBe("x");
  });
});

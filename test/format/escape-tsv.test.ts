import { describe, expect, it } from "vitest";
import { escapeTsv } from "../../src/format/escape-tsv.js";

describe("escapeTsv", () => {
  it("tab, LF, CR, backslash", () => {
    expect(escapeTsv("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
  });
  it("leaves quotes, commas and other text alone", () => {
    expect(escapeTsv('"規模,の経済"')).toBe('"規模,の経済"');
  });
});

import { describe, expect, it } from "vitest";
import { extensionOf, formatOfName } from "../../src/readers/input-format.js";

describe("extensionOf", () => {
  it("lower-cases the extension and ignores a leading dot", () => {
    expect(extensionOf("in/Report.PDF")).toBe(".pdf");
    expect(extensionOf("in/.bashrc")).toBe("");
    expect(extensionOf("noext")).toBe("");
  });

  it("reads a backslash as part of a file name, not a folder separator (a fuzz find: `\\.txt`)", () => {
    expect(extensionOf("in/\\.txt")).toBe(".txt");
    expect(formatOfName("in/a\\b.md")).toBe("markdown");
  });
});

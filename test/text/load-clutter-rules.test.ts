import { describe, expect, it } from "vitest";
import { parseClutterRules } from "../../src/text/load-clutter-rules.js";

describe("parseClutterRules", () => {
  it("compiles line and trailer patterns in Unicode mode", () => {
    const { rules, problems } = parseClutterRules("lines:\n  - '^>>'\ntrailers:\n  - '著者[:：]'\n", "c.yaml");
    expect(problems).toEqual([]);
    expect(rules!.lines.map((r) => [r.source, r.flags])).toEqual([["^>>", "u"]]);
    expect(rules!.trailers[0]!.test("本文。著者：某")).toBe(true);
  });

  it("reports a bad pattern at its line and gives no rules", () => {
    const { rules, problems } = parseClutterRules("lines:\n  - '^ok'\n  - '(unclosed'\n", "c.yaml");
    expect(rules).toBeUndefined();
    expect(problems).toEqual([{ file: "c.yaml", line: 3, message: expect.stringMatching(/^bad pattern: /) }]);
  });

  it("reports an unknown key", () => {
    const { problems } = parseClutterRules("lines: []\nfooters: []\n", "c.yaml");
    expect(problems).toEqual([{ file: "c.yaml", line: 2, message: expect.stringContaining("unknown key 'footers'") }]);
  });

  it("accepts a file with only one of the lists", () => {
    const { rules, problems } = parseClutterRules("trailers:\n  - 'x'\n", "c.yaml");
    expect(problems).toEqual([]);
    expect(rules!.lines).toEqual([]);
  });
});

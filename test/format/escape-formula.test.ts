import { describe, expect, it } from "vitest";
import { escapeFormula } from "../../src/format/escape-formula.js";

describe("escapeFormula", () => {
  it("prefixes cells a spreadsheet would run", () => {
    expect(["=A1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x", "＠x"].map(escapeFormula)).toEqual(["'=A1", "'+1", "'-1", "'@SUM(A1)", "'\t=x", "'\r=x", "'＠x"]);
  });
  it("keeps '-' (standard input) and ordinary text", () => {
    expect(["-", "", "a=b", "規模の経済"].map(escapeFormula)).toEqual(["-", "", "a=b", "規模の経済"]);
  });
});

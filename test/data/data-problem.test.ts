import { describe, expect, it } from "vitest";
import { problemsError } from "../../src/data/data-problem.js";

describe("problemsError", () => {
  it("names the first problem as file:line and counts the rest", () => {
    const e = problemsError([
      { file: "g.yaml", line: 5, message: "bad" },
      { file: "g.yaml", line: 9, message: "worse" },
    ]);
    expect(e.code).toBe("DICT_INVALID");
    expect(e.describe()).toBe("g.yaml:5: bad (and 1 more)");
  });
});

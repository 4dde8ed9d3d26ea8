import { describe, expect, it } from "vitest";
import { isSpaceUnit } from "../../src/report/document-stats.js";

describe("isSpaceUnit", () => {
  it("is /\\s/u, for every UTF-16 unit", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});

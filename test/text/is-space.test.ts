import { describe, expect, it } from "vitest";
import { isBlank, isSpaceUnit } from "../../src/text/is-space.js";

describe("isSpaceUnit", () => {
  it("is /\\s/u, for every UTF-16 unit", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});

describe("isBlank", () => {
  it("is /^\\s*$/u", () => {
    for (const text of ["", " ", "\u3000", " \t\r\n\u2028", "a", " a ", "\u3000規模", "\ufeff", "\u200b", "\ud83d\ude00"]) {
      expect(isBlank(text), JSON.stringify(text)).toBe(/^\s*$/u.test(text));
    }
  });
});

import { describe, expect, it } from "vitest";
import { tokenKey } from "../../src/concepts/token-key.js";

describe("tokenKey", () => {
  it("makes whitespace transparent", () => {
    expect(tokenKey(" ")).toBe("");
    expect(tokenKey("\t \n")).toBe("");
    expect(tokenKey("")).toBe("");
  });

  it("folds case", () => {
    expect(tokenKey("NETWORK")).toBe("network");
    expect(tokenKey("Network")).toBe("network");
  });

  it("puts English nouns in the singular", () => {
    expect(tokenKey("effects")).toBe("effect");
    expect(tokenKey("Economies")).toBe("economy");
    expect(tokenKey("externalities")).toBe("externality");
    expect(tokenKey("EFFECTS")).toBe("effect");
  });

  it("leaves singular words, short words and Japanese alone", () => {
    expect(tokenKey("scale")).toBe("scale");
    expect(tokenKey("scope")).toBe("scope");
    expect(tokenKey("of")).toBe("of");
    expect(tokenKey("AIs")).toBe("ais");
    expect(tokenKey("効果")).toBe("効果");
    expect(tokenKey("ネットワーク")).toBe("ネットワーク");
  });

  it("gives plural and singular the same key", () => {
    for (const [a, b] of [["effects", "effect"], ["economies", "economy"], ["externalities", "externality"]] as const) {
      expect(tokenKey(a)).toBe(tokenKey(b));
    }
  });
});

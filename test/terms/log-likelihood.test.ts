import { describe, expect, it } from "vitest";
import { logLikelihood, logLikelihoodAgainstRate, SIGNIFICANT } from "../../src/terms/log-likelihood.js";

describe("logLikelihood (two corpora)", () => {
  it("matches a hand computation", () => {
    // a = 10 of c = 1000, b = 20 of d = 10000:
    // E1 = 1000·30/11000 = 2.727273, E2 = 10000·30/11000 = 27.272727
    // G² = 2(10 ln(10/2.727273) + 20 ln(20/27.272727)) = 2(12.992830 − 6.203097) = 13.579463
    expect(logLikelihood(10, 20, 1000, 10000)).toBeCloseTo(13.579463, 5);
  });

  it("is negative when the term is rarer in the target, with the same size", () => {
    expect(logLikelihood(20, 10, 10000, 1000)).toBeCloseTo(-logLikelihood(10, 20, 1000, 10000), 9);
  });

  it("is 0 for equal rates and when there is nothing to compare", () => {
    expect(logLikelihood(5, 50, 100, 1000)).toBeCloseTo(0, 9);
    expect(logLikelihood(0, 0, 100, 1000)).toBe(0);
    expect(logLikelihood(1, 1, 0, 1000)).toBe(0);
  });
});

describe("logLikelihoodAgainstRate (reference known as a rate)", () => {
  it("matches a hand computation", () => {
    // a = 10 of c = 1000 at p = 50 per million: E = 0.05,
    // G² = 2(10 ln(10/0.05) − (10 − 0.05)) = 2(52.983174 − 9.95) = 86.066347
    expect(logLikelihoodAgainstRate(10, 1000, 50e-6)).toBeCloseTo(86.066347, 5);
  });

  it("is the two-corpus G² with an ever larger reference of the same rate", () => {
    const d = 1e12;
    expect(logLikelihood(10, 50e-6 * d, 1000, d)).toBeCloseTo(logLikelihoodAgainstRate(10, 1000, 50e-6), 3);
  });

  it("is negative for a term less frequent than expected, and counts an absent term", () => {
    // a = 0, E = 0.05: G² = 2(0 − (0 − 0.05)) = 0.1, signed negative.
    expect(logLikelihoodAgainstRate(0, 1000, 50e-6)).toBeCloseTo(-0.1, 9);
    expect(logLikelihoodAgainstRate(1, 100000, 50e-6)).toBeLessThan(0);
  });

  it("calls 3.84 significant (p < 0.05, one degree of freedom)", () => {
    expect(SIGNIFICANT).toBe(3.84);
  });
});

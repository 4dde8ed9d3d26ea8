/**
 * Log-likelihood keyness (Dunning 1993, in the form corpus linguists use: Rayson &
 * Garside 2000), signed: positive when the term is more frequent in the target than
 * expected, negative when less. 3.84 is significance at p < 0.05 (χ², 1 d.f.), 6.63 at
 * p < 0.01. Only counts go in, so the inputs of a split corpus can be summed first.
 */

/** x · ln(x / e), with 0 · ln 0 = 0. */
function term(x: number, e: number): number {
  return x === 0 ? 0 : x * Math.log(x / e);
}

/**
 * Two corpora: a of the target's c units are the term, b of the reference's d units.
 *
 *     E1 = c (a + b) / (c + d),   E2 = d (a + b) / (c + d)
 *     G² = 2 (a ln(a / E1) + b ln(b / E2))
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  if (a + b === 0 || c === 0 || d === 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const g2 = 2 * (term(a, e1) + term(b, e2));
  return a / c >= b / d ? g2 : -g2;
}

/**
 * Against a reference known only as a rate (a proportion p, e.g. from a frequency list):
 * the two-corpus G² as the reference grows without bound, b = d · p. With E = c · p the
 * count expected in the target,
 *
 *     G² = 2 (a ln(a / E) − (a − E))
 *
 * (b ln(b / E2) tends to a − E, the mass the reference gives back). p = 0 would make every
 * occurrence infinitely surprising; callers give every word a floor rate instead.
 */
export function logLikelihoodAgainstRate(a: number, c: number, p: number): number {
  if (c === 0 || p <= 0) return 0;
  const e = c * p;
  const g2 = 2 * (term(a, e) - (a - e));
  return a >= e ? g2 : -g2;
}

/** G² at or above this is significant at p < 0.05. */
export const SIGNIFICANT = 3.84;

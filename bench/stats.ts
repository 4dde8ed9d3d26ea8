/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of one numeric field over several runs; runs without it are skipped. */
export function medianOf<T>(runs: readonly T[], field: (run: T) => number | null): number | null {
  const values = runs.map(field).filter((v): v is number => v !== null);
  return values.length === 0 ? null : median(values);
}

/** Entries a memo holds at most; then it starts again (a run's vocabulary is far smaller). */
const LIMIT = 1 << 16;

/**
 * `compute(key)`, remembered in `memo`: for pure functions of token forms, which repeat
 * so much that computing them again (a new string each time) made much of the garbage.
 */
export function remembered<T>(memo: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}

const lower = new Map<string, string>();
const toLower = (s: string): string => s.toLowerCase();

/** `text.toLowerCase()`, remembered. */
export function lowerCase(text: string): string {
  return remembered(lower, text, toLower);
}

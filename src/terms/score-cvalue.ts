import { partsKey, type Corpus } from "./count-terms.js";
import { termStatsOf, termTableOf, type TermTable } from "./term-table.js";

/**
 * C-value (Frantzi, Ananiadou & Mima 2000) of every candidate term.
 *
 *     C(a) = w(|a|) · f(a)                                  if no longer candidate contains a
 *     C(a) = w(|a|) · ( f(a) − (1 / P(Ta)) · Σ_{b ∈ Ta} f(b) )   otherwise
 *
 * - |a| is the number of simple nouns (parts), the paper's length in words.
 * - "b contains a" means a's parts are a contiguous run of b's parts, so 戦争 is in
 *   補助金戦争 but 金戦 is never a part of anything (nesting is by noun, not by
 *   character).
 * - Ta is the set of candidate terms that contain a, P(Ta) its size.
 * - f(x) is x's frequency in the corpus *including* occurrences inside longer units,
 *   as in the paper, where every substring is a candidate. Our units are maximal
 *   (the extractor returns 補助金戦争, never 補助金 inside it), so f(x) = the
 *   standalone count of x plus, for every candidate b, b's standalone count times the
 *   times x occurs in b. Using only standalone counts here would subtract nested
 *   occurrences twice and could go negative.
 * - w(n) = log2(n + 1) instead of the paper's log2(n): the paper only scored terms of
 *   two words or more, and log2(1) = 0 would give every single-noun term (市場,
 *   ネットワーク) a score of 0. With n + 1 a single noun is weighed 1, a two-noun term
 *   1.585, three 2; the order between multi-noun terms barely changes.
 *
 * Candidates are the compound texts as given; a string that only ever occurs inside
 * longer units is not a candidate (it cannot be shown with a standalone frequency).
 */
export function scoreCValue(corpus: Corpus): Map<string, number> {
  return cValueScores(termTableOf(corpus));
}

export function cValueScores(table: TermTable): Map<string, number> {
  const terms = termStatsOf(table);
  const textByParts = new Map<string, string>();
  for (const term of terms.values()) textByParts.set(partsKey(term.parts), term.text);

  const totalFrequency = new Map<string, number>();
  for (const term of terms.values()) totalFrequency.set(term.text, term.frequency);
  const containers = new Map<string, Set<string>>();

  // Enumerate each candidate's proper contiguous sub-runs: O(Σ L²) with L small,
  // instead of comparing every pair of candidates.
  for (const outer of terms.values()) {
    const parts = outer.parts;
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= parts.length; end++) {
        if (end - start === parts.length) continue;
        const inner = textByParts.get(partsKey(parts.slice(start, end)));
        if (inner === undefined) continue;
        totalFrequency.set(inner, (totalFrequency.get(inner) ?? 0) + outer.frequency);
        let set = containers.get(inner);
        if (set === undefined) {
          set = new Set();
          containers.set(inner, set);
        }
        set.add(outer.text);
      }
    }
  }

  const scores = new Map<string, number>();
  for (const term of terms.values()) {
    const weight = Math.log2(term.parts.length + 1);
    const frequency = totalFrequency.get(term.text) ?? 0;
    const nestedIn = containers.get(term.text);
    if (nestedIn === undefined) {
      scores.set(term.text, weight * frequency);
      continue;
    }
    let nestedSum = 0;
    for (const text of nestedIn) nestedSum += totalFrequency.get(text) ?? 0;
    scores.set(term.text, weight * (frequency - nestedSum / nestedIn.size));
  }
  return scores;
}

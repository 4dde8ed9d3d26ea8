import { PART_SEPARATOR, type Corpus } from "./count-terms.js";
import { termStatsOf, termTableOf, type TermTable } from "./term-table.js";

/** How often a simple noun had another noun directly on its left / right. */
export interface Adjacency {
  readonly left: number;
  readonly right: number;
}

/**
 * FL(N) and FR(N) for every simple noun N, counted over all compound units.
 *
 * This is TermExtract's default, "延べ数" (lr_mode 1): every occurrence of an
 * adjacent pair counts, so 補助金戦争 seen twice adds 2 to FR(補助金) and FL(戦争).
 * The alternative, "異なり数" (lr_mode 2), counts each distinct neighbour once.
 * We keep the default because it is what FLR scores published with TermExtract and
 * KH Coder's 複合語の検出 (which runs TermExtract) mean, so users can compare; and
 * in single articles, where most pairs occur once, the two barely differ anyway.
 * Single-noun units have no pairs and add nothing, exactly as in TermExtract.
 */
export function countAdjacency(corpus: Corpus): Map<string, Adjacency> {
  return adjacencyOf(termTableOf(corpus));
}

/** FL and FR from the table: each segmentation's pairs, as often as it was seen. */
export function adjacencyOf(table: TermTable): Map<string, Adjacency> {
  const counts = new Map<string, { left: number; right: number }>();
  const entry = (noun: string): { left: number; right: number } => {
    let found = counts.get(noun);
    if (found === undefined) {
      found = { left: 0, right: 0 };
      counts.set(noun, found);
    }
    return found;
  };
  for (const term of table.terms.values()) {
    // Each occurrence's own parts: adjacency is a fact about the text as tokenised.
    for (const [key, n] of term.segmentations) {
      const parts = key.split(PART_SEPARATOR);
      for (let i = 0; i + 1 < parts.length; i++) {
        entry(parts[i] as string).right += n;
        entry(parts[i + 1] as string).left += n;
      }
    }
  }
  return counts;
}

/**
 * FLR (Nakagawa & Mori; TermExtract's default importance) of every candidate term.
 *
 * For a term CN made of simple nouns N1 … NL:
 *
 *     LR(CN)  = ( Π_{i=1..L} (FL(Ni) + 1) · (FR(Ni) + 1) ) ^ (1 / (2L))
 *     FLR(CN) = f(CN) · LR(CN)
 *
 * f(CN) is the number of times CN occurs as a unit of its own (TermExtract's
 * default "use_frq", not "TF", which would also count CN inside longer units).
 * For a single noun L = 1, so LR = sqrt((FL + 1)(FR + 1)); a noun never seen next
 * to another gets LR = 1 and FLR = its frequency. The exponent is TermExtract's
 * average_rate = 1 (a geometric mean over the 2L factors), which keeps long terms
 * from winning just by having more factors.
 */
export function scoreFlr(corpus: Corpus): Map<string, number> {
  return flrScores(termTableOf(corpus));
}

export function flrScores(table: TermTable): Map<string, number> {
  const adjacency = adjacencyOf(table);
  const scores = new Map<string, number>();
  for (const term of termStatsOf(table).values()) {
    // Factors are integers, so the product is exact (up to 2^53) whatever the order.
    let product = 1;
    for (const noun of term.parts) {
      const counts = adjacency.get(noun);
      product *= ((counts?.left ?? 0) + 1) * ((counts?.right ?? 0) + 1);
    }
    const lr = Math.pow(product, 1 / (2 * term.parts.length));
    scores.set(term.text, term.frequency * lr);
  }
  return scores;
}

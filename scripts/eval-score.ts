/**
 * Scoring for `npm run eval`: counts per document and concept against hand counts.
 * Per document and concept, min(found, expected) mentions are right, the excess found
 * are false positives and the shortfall false negatives.
 */

export type Counts = Readonly<Record<string, number>>;

export interface Scored {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Score extends Scored {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function scoreOf({ tp, fp, fn }: Scored): Score {
  // No mention expected and none found is perfect agreement, not 0/0.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Evaluation {
  readonly concepts: ReadonlyMap<string, Score>;
  readonly micro: Score;
  readonly documents: number;
  readonly exact: number;
}

/** Scores found against expected counts over documents; `concepts` fixes the order. */
export function evaluate(pairs: readonly { found: Counts; expected: Counts }[], concepts: readonly string[]): Evaluation {
  const sums = new Map(concepts.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  for (const { found, expected } of pairs) {
    let right = true;
    for (const c of concepts) {
      const f = found[c] ?? 0;
      const e = expected[c] ?? 0;
      const s = sums.get(c)!;
      s.tp += Math.min(f, e);
      s.fp += Math.max(0, f - e);
      s.fn += Math.max(0, e - f);
      if (f !== e) right = false;
    }
    if (right) exact++;
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const s of sums.values()) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
  }
  return {
    concepts: new Map([...sums].map(([c, s]) => [c, scoreOf(s)])),
    micro: scoreOf(total),
    documents: pairs.length,
    exact,
  };
}

/**
 * The plain substring count kouka is compared with: every spelling of the term list, in
 * lower case, counted as non-overlapping occurrences, longest spelling first at each place.
 */
export function countSubstrings(text: string, spellings: readonly { text: string; concept: string }[], concepts: readonly string[]): Counts {
  const haystack = text.toLowerCase();
  const needles = spellings.map((s) => ({ ...s, text: s.text.toLowerCase() })).sort((a, b) => b.text.length - a.text.length);
  const counts: Record<string, number> = Object.fromEntries(concepts.map((c) => [c, 0]));
  for (let i = 0; i < haystack.length; ) {
    const hit = needles.find((n) => haystack.startsWith(n.text, i));
    if (!hit) {
      i++;
      continue;
    }
    counts[hit.concept] = (counts[hit.concept] ?? 0) + 1;
    i += hit.text.length;
  }
  return counts;
}

/** The table `npm run eval` prints, one row per concept and the micro average. */
export function formatTable(label: string, kouka: Evaluation, substring: Evaluation): string {
  const f = (n: number): string => n.toFixed(3);
  const lines = [
    `${label}: ${kouka.documents} documents`,
    "| concept | kouka P | kouka R | kouka F1 | substring P | substring R | substring F1 |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  const row = (name: string, k: Score, s: Score): string =>
    `| ${name} | ${f(k.precision)} | ${f(k.recall)} | ${f(k.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`;
  for (const [c, k] of kouka.concepts) lines.push(row(c, k, substring.concepts.get(c)!));
  lines.push(row("micro", kouka.micro, substring.micro));
  lines.push(
    `| documents exactly right | ${kouka.exact}/${kouka.documents} | | | ${substring.exact}/${substring.documents} | | |`,
  );
  return lines.join("\n");
}

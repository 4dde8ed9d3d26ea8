/** A range of the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A sentence, and the pieces it is tokenized in: itself, or for a run longer than
 * maxLength, consecutive pieces cut at safe places. Tagging sees the whole sentence,
 * so a term that a cut falls between (規模|の経済) is still found.
 */
export interface Sentence extends Span {
  readonly pieces: readonly Span[];
}

export interface SplitOptions {
  /**
   * kuromoji's lattice grows faster than linearly on text without 、。, so longer
   * runs are cut at safe places; normal sentences are far shorter and stay whole.
   */
  readonly maxLength: number;
}

export const DEFAULT_SPLIT: SplitOptions = { maxLength: 256 };

// A sentence ends after 。!? (with any closing brackets after them), at a line break
// (any of split-lines.ts's five), or after a full stop followed by a space.
const BOUNDARY = /[。！？!?]+[」』）)】〕"'’”]*|\.(?=\s)|[\n\r\u2028\u2029]+/gu;

export function splitSentences(text: string, options: SplitOptions = DEFAULT_SPLIT): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) sentences.push({ start: from, end: to, pieces: cutLongRun(text, from, to, options.maxLength) });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}

/** Cuts [from, to) into pieces of at most maxLength at the safest place in each window. */
function cutLongRun(text: string, from: number, to: number, maxLength: number): Span[] {
  const out: Span[] = [];
  while (to - from > maxLength) {
    const cut = safeCut(text, from + (maxLength >> 1), from + maxLength);
    out.push({ start: from, end: cut });
    from = cut;
  }
  if (to > from) out.push({ start: from, end: to });
  return out;
}

const HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * Where to cut in (low, high]: after a space, comma or other punctuation, else after a
 * run of two or more hiragana (particles and endings: …ことで|経済), else at a change of
 * script, else at `high` (never inside a surrogate pair). These are word boundaries,
 * so the pieces tokenize as the whole would, and tagging reads across them.
 */
function safeCut(text: string, low: number, high: number): number {
  const tests: ((i: number) => boolean)[] = [
    (i) => /[\s\p{P}\p{S}]/u.test(text[i - 1]!),
    (i) => HIRAGANA.test(text[i - 1]!) && HIRAGANA.test(text[i - 2] ?? "") && !HIRAGANA.test(text[i]!),
    (i) => script(text[i - 1]!) !== script(text[i]!),
  ];
  for (const test of tests) {
    for (let i = high; i > low; i--) if (test(i)) return i;
  }
  const c = text.charCodeAt(high);
  return c >= 0xdc00 && c <= 0xdfff ? high - 1 : high;
}

function script(ch: string): string {
  if (HIRAGANA.test(ch)) return "hiragana";
  if (/[\p{Script=Katakana}ー]/u.test(ch)) return "katakana";
  if (/\p{Script=Han}/u.test(ch)) return "han";
  if (/\p{Script=Latin}/u.test(ch)) return "latin";
  return "other";
}

import type { DataProblem } from "../data/data-problem.js";

/**
 * A general-language reference for keyness: how often words occur per million noun units
 * of ordinary text (dictionaries/term-reference.tsv).
 */
export interface TermReference {
  readonly perMillion: ReadonlyMap<string, number>;
  /** The rate of a word the list does not name. */
  readonly defaultPerMillion: number;
}

/**
 * Parses `WORD<TAB>rate` lines; `#` starts a comment line, `*` names the default rate.
 * Words are NFKC-normalised, as document text is. Every problem comes back with its line.
 */
export function parseTermReference(source: string, file: string): { reference?: TermReference; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const perMillion = new Map<string, number>();
  let defaultPerMillion: number | undefined;
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const at = { file, line: index + 1 };
    const fields = line.split("\t");
    const rate = Number(fields[1]);
    if (fields.length !== 2 || fields[0]!.trim() === "" || fields[1]!.trim() === "") {
      problems.push({ ...at, message: "expected WORD<TAB>rate per million" });
    } else if (!(Number.isFinite(rate) && rate > 0 && rate <= 1_000_000)) {
      problems.push({ ...at, message: `rate '${fields[1]}' must be a number above 0 and at most 1000000` });
    } else if (fields[0] === "*") {
      if (defaultPerMillion !== undefined) problems.push({ ...at, message: "the default rate (*) is given twice" });
      defaultPerMillion = rate;
    } else {
      const word = fields[0]!.normalize("NFKC");
      if (perMillion.has(word)) problems.push({ ...at, message: `'${word}' is listed twice` });
      perMillion.set(word, rate);
    }
  });
  if (defaultPerMillion === undefined) problems.push({ file, line: 1, message: "no default rate: add a line `*<TAB>rate`" });
  if (problems.length > 0 || defaultPerMillion === undefined) return { problems };
  return { reference: { perMillion, defaultPerMillion }, problems };
}

/**
 * The reference proportion (per one) of a term: its own rate when listed, else the
 * product of its parts' rates, as if the parts were drawn independently (a compound the
 * list does not know is as rare as its parts make it), never below a floor that keeps
 * the arithmetic finite.
 */
export function referenceProportion(text: string, parts: readonly string[], reference: TermReference): number {
  const own = reference.perMillion.get(text);
  if (own !== undefined) return own / 1_000_000;
  let p = 1;
  for (const part of parts.length > 0 ? parts : [text]) p *= (reference.perMillion.get(part) ?? reference.defaultPerMillion) / 1_000_000;
  return Math.max(p, 1e-30);
}

import type { DataProblem } from "../data/data-problem.js";

/**
 * A general-language reference for keyness: how often words occur per million noun units
 * of ordinary text (dictionaries/reference.yaml).
 */
export interface TermReference {
  readonly perMillion: ReadonlyMap<string, number>;
  /** The rate of a word the list does not name. */
  readonly defaultPerMillion: number;
}

/**
 * Parses dictionaries/reference.yaml: `default_per_million: N`, then `per_million:`
 * and one `  "WORD": N` line per word. It is YAML, but read line by line in this one
 * shape (20,000 words in milliseconds, where a YAML parser takes a good part of a
 * second); any other line is a problem with its number. Words are NFKC-normalised, as
 * document text is.
 */
export function parseTermReference(source: string, file: string): { reference?: TermReference; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const perMillion = new Map<string, number>();
  let defaultPerMillion: number | undefined;
  let inList = false;
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const at = { file, line: index + 1 };
    const top = /^default_per_million:\s*(\S+)\s*$/.exec(line);
    const entry = /^ +("(?:[^"\\]|\\.)*")\s*:\s*(\S+)\s*$/.exec(line);
    if (top !== null) {
      inList = false;
      if (defaultPerMillion !== undefined) problems.push({ ...at, message: "default_per_million is given twice" });
      defaultPerMillion = rate(top[1]!, at, problems);
    } else if (/^per_million:\s*$/.test(line)) {
      inList = true;
    } else if (entry !== null && inList) {
      const word = (JSON.parse(entry[1]!) as string).normalize("NFKC");
      const value = rate(entry[2]!, at, problems);
      if (word.trim() === "") problems.push({ ...at, message: "a word must not be empty" });
      else if (perMillion.has(word)) problems.push({ ...at, message: `'${word}' is listed twice` });
      if (value !== undefined) perMillion.set(word, value);
    } else {
      problems.push({ ...at, message: 'expected `default_per_million: N`, `per_million:` or `  "WORD": N` under it' });
    }
  });
  if (defaultPerMillion === undefined && problems.length === 0) problems.push({ file, line: 1, message: "no default rate: add `default_per_million: N`" });
  if (problems.length > 0 || defaultPerMillion === undefined) return { problems };
  return { reference: { perMillion, defaultPerMillion }, problems };
}

function rate(text: string, at: { file: string; line: number }, problems: DataProblem[]): number | undefined {
  const value = Number(text);
  if (Number.isFinite(value) && value > 0 && value <= 1_000_000) return value;
  problems.push({ ...at, message: `rate '${text}' must be a number above 0 and at most 1000000` });
  return undefined;
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

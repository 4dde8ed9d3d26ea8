import type { RuleExpression } from "../rule-expression.js";

/** A term as an importer produces it: plain text (kouka's `word*` allowed), maybe with a rule. */
export interface ImportedTerm {
  readonly text: string;
  readonly rule?: RuleExpression;
  /** The source line of the entry, where it differs from the concept's. */
  readonly line?: number;
}

export interface ImportedConcept {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly ImportedTerm[];
  /** The line of the source file the concept comes from. */
  readonly line: number;
}

/** What could not be translated, by line of the source file: it is left out of the result. */
export interface ImportNote {
  readonly line: number;
  readonly message: string;
}

export interface ImportResult {
  readonly concepts: readonly ImportedConcept[];
  readonly notes: readonly ImportNote[];
}

export type ImportFormat = "quanteda" | "liwc" | "khcoder";
export const IMPORT_FORMATS: readonly ImportFormat[] = ["quanteda", "liwc", "khcoder"];

/** Characters that kouka's term patterns give a meaning ({a|b}, [x], +): a foreign word holding one is not translated. */
const PATTERN_CHARS = /[{}[\]|+]/;

/**
 * A foreign dictionary word as a kouka term, or why not: a trailing `*` stays a prefix
 * wildcard; a `*` or `?` elsewhere is a glob kouka has no form for.
 */
export function foreignWord(word: string): { text: string } | { error: string } {
  const text = word.trim();
  if (text === "") return { error: "an empty word" };
  if (PATTERN_CHARS.test(text)) return { error: `'${text}' holds one of { } [ ] | +, which kouka terms use as pattern syntax` };
  const body = text.endsWith("*") ? text.slice(0, -1) : text;
  if (body === "" || /[*?]/.test(body)) return { error: `'${text}' uses a wildcard kouka has no form for (only a trailing * is a prefix)` };
  return { text };
}

/**
 * A concept id from a foreign name: lower case, runs of other characters as `_`, levels
 * joined by `.`; a name with no usable letters (日本語 names) becomes `<fallback>`.
 */
export function conceptId(levels: readonly string[], fallback: string): string {
  const parts = levels.map((l) =>
    l
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "_")
      .replace(/^_+|_+$/g, ""),
  );
  if (parts.some((p) => p === "") || !/^[a-z]/.test(parts[0]!)) return fallback;
  return parts.join(".");
}

/** Ids made unique in order: a second `growth` becomes `growth-2`. */
export function uniqueIds(concepts: readonly ImportedConcept[]): ImportedConcept[] {
  const seen = new Set<string>();
  return concepts.map((c) => {
    let id = c.id;
    for (let n = 2; seen.has(id); n++) id = `${c.id}-${n}`;
    seen.add(id);
    return id === c.id ? c : { ...c, id };
  });
}

/**
 * kouka counts a spelling for one concept (a mention is of one concept), while LIWC and
 * quanteda may file a word under several categories: the word stays in the first and each
 * later one is reported.
 */
export function oneConceptPerTerm(result: ImportResult): ImportResult {
  const owner = new Map<string, string>();
  const notes = [...result.notes];
  const concepts = result.concepts.flatMap((c) => {
    const terms = c.terms.filter((t) => {
      const first = owner.get(t.text);
      if (first === undefined) return owner.set(t.text, c.label), true;
      notes.push({ line: t.line ?? c.line, message: `'${t.text}' is already a term of '${first}'; kouka counts a term for one concept, so it is left out of '${c.label}'` });
      return false;
    });
    if (terms.length === 0) notes.push({ line: c.line, message: `'${c.label}' has no terms left: left out` });
    return terms.length === 0 ? [] : [{ ...c, terms }];
  });
  return { concepts, notes: notes.sort((a, b) => a.line - b.line) };
}

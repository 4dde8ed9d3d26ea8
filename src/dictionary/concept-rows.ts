import type { Dictionary } from "./dictionary.js";

export const CONCEPT_LIST_COLUMNS = ["concept", "label", "terms", "source"] as const;

/**
 * One row per concept in effect (`kouka dict list`): its id, label, how many spellings its
 * terms expand to, and the file it comes from (`sourceName` shortens the default's path).
 */
export function conceptRows(dictionary: Dictionary, sourceName: (file: string) => string): { concept: string; label: string; terms: number; source: string }[] {
  return dictionary.concepts.map((c) => ({ concept: c.id, label: c.label, terms: c.terms.length, source: sourceName(c.file) }));
}

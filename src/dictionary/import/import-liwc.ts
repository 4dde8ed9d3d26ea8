import { conceptId, foreignWord, uniqueIds, type ImportedConcept, type ImportNote, type ImportResult } from "./imported.js";

/**
 * A LIWC `.dic`: a category block between two `%` lines (`1<TAB>posemo`), then one entry a
 * line, a word (trailing `*` a prefix) and its category numbers, tab- or space-separated.
 */
export function importLiwc(text: string): ImportResult {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const notes: ImportNote[] = [];
  const categories = new Map<string, { name: string; line: number; terms: { text: string; line: number }[] }>();
  let section = 0; // 0 before the first %, 1 categories, 2 entries
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (text === "") return;
    if (text === "%") {
      section++;
      return;
    }
    if (section === 0) return void notes.push({ line, message: "text before the % category block is not LIWC" });
    if (section === 1) {
      // LIWC 2015 adds a description after the name: 1<TAB>funct<TAB>(Total function words)
      const [number, name] = text.split(/\s+/);
      if (number === undefined || name === undefined || !/^\d+$/.test(number)) return void notes.push({ line, message: `'${text}' is not a category line (NUMBER<TAB>NAME)` });
      categories.set(String(Number(number)), { name, line, terms: [] });
      return;
    }
    // Tab-separated; a multi-word entry (kind of) keeps its space, so split on spaces only without tabs.
    const tab = text.indexOf("\t");
    const [word, ...numbers] = tab > 0 ? [text.slice(0, tab).trim(), ...text.slice(tab + 1).trim().split(/\s+/)] : text.split(/\s+/);
    if (word === undefined || numbers.length === 0) return void notes.push({ line, message: `'${text}' has no category` });
    const term = foreignWord(word);
    if ("error" in term) return void notes.push({ line, message: `${term.error}: left out` });
    for (const n of numbers) {
      const category = /^\d+$/.test(n) ? categories.get(String(Number(n))) : undefined;
      if (!category) {
        notes.push({ line, message: `'${word}': category '${n}' is not in the % block (LIWC 2007 conditional entries are not translated)` });
        continue;
      }
      if (!category.terms.some((t) => t.text === term.text)) category.terms.push({ text: term.text, line });
    }
  });
  if (section < 2) notes.push({ line: lines.length, message: "the % category block is not closed" });
  const concepts: ImportedConcept[] = [];
  for (const [number, c] of categories) {
    if (c.terms.length === 0) {
      notes.push({ line: c.line, message: `category '${c.name}' has no words: left out` });
      continue;
    }
    concepts.push({ id: conceptId([c.name], `category${number}`), label: c.name, terms: c.terms, line: c.line });
  }
  return { concepts: uniqueIds(concepts), notes };
}

import { IDENTITY_MAP, MappedTextBuilder, type MappedText } from "./offset-map.js";
import { splitLines } from "./split-lines.js";

/** Patterns for web clutter (dictionaries/clutter.yaml). */
export interface ClutterRules {
  /** A line matching one of these is removed whole, with its line break. */
  readonly lines: readonly RegExp[];
  /** The same, but only in the block of clutter that ends the text. */
  readonly teasers: readonly RegExp[];
  /** From the first match of one of these to the end of its line is removed. */
  readonly trailers: readonly RegExp[];
}

/**
 * Removes navigation lines, teasers and credit trailers; nothing in them is counted.
 * Teasers are dropped only around an article: when no other line has text, the lines that
 * look like teasers are the article itself (a one-line document ending in …). And cleaning
 * never empties a document that has text: then the text is kept as it is.
 */
export function cleanClutter(text: string, rules: ClutterRules): MappedText {
  const cleaned = removeClutter(text, rules);
  return cleaned.text.trim() === "" && text.trim() !== "" ? { text, map: IDENTITY_MAP } : cleaned;
}

function removeClutter(text: string, rules: ClutterRules): MappedText {
  const out = new MappedTextBuilder();
  const lines = splitLines(text);
  const isNavigation = (line: string): boolean => rules.lines.some((re) => re.test(line));
  const isTeaser = (line: string): boolean => rules.teasers.some((re) => re.test(line));
  // The closing block: blank, navigation and teaser lines up to the end of the text.
  let tail = lines.length;
  while (tail > 0) {
    const line = lines[tail - 1]!.text;
    if (line.trim() !== "" && !isNavigation(line) && !isTeaser(line)) break;
    tail--;
  }
  const article = lines.slice(0, tail).some((l) => l.text.trim() !== "" && !isNavigation(l.text));
  if (!article) tail = lines.length;
  for (const [i, line] of lines.entries()) {
    const blank = line.text.trim() === "";
    if (!blank && (isNavigation(line.text) || (i >= tail && isTeaser(line.text)))) {
      out.replace(line.text.length + line.eol.length, "");
      continue;
    }
    const cut = trailerStart(line.text, rules.trailers);
    out.keep(line.text.slice(0, cut));
    out.replace(line.text.length - cut, "");
    out.keep(line.eol);
  }
  return out.finish();
}

function trailerStart(line: string, trailers: readonly RegExp[]): number {
  let cut = line.length;
  for (const re of trailers) {
    const m = re.exec(line);
    if (m && m.index < cut) cut = m.index;
  }
  return cut;
}

import { MappedTextBuilder, type MappedText } from "./offset-map.js";
import { splitLines } from "./split-lines.js";

/** Patterns for web clutter (dictionaries/clutter.yaml). */
export interface ClutterRules {
  /** A line matching one of these is removed whole, with its line break. */
  readonly lines: readonly RegExp[];
  /** From the first match of one of these to the end of its line is removed. */
  readonly trailers: readonly RegExp[];
}

/** Removes navigation lines, teasers and credit trailers; nothing in them is counted. */
export function cleanClutter(text: string, rules: ClutterRules): MappedText {
  const out = new MappedTextBuilder();
  for (const line of splitLines(text)) {
    if (line.text.trim() !== "" && rules.lines.some((re) => re.test(line.text))) {
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

import { MappedTextBuilder, type MappedText } from "./offset-map.js";
import { splitLines, type Line } from "./split-lines.js";

export interface WrapOptions {
  /** A line shorter than this is a heading or a list item, not a wrapped line. */
  readonly minWrappedLength: number;
}

export const DEFAULT_WRAP: WrapOptions = { minWrappedLength: 16 };

const ENDS_SENTENCE = /[。．.!?！？」』）)】:：]\s*$/u;
const STARTS_ITEM = /^\s*([・•\-*■□●○◆◇▶►→※【（(]|\d+[.)．]|第\d)/u;
const LATIN_END = /[\p{Script=Latin}\d]$/u;
const LATIN_START = /^[\p{Script=Latin}\d]/u;

/**
 * Joins lines that a hard wrap broke inside a paragraph (text copied from PDF), so a
 * term broken across lines (ネットワーク / 効果) is one word again. Blank lines,
 * lines that end a sentence, short lines and list items keep their breaks.
 */
export function joinWrappedLines(text: string, options: WrapOptions = DEFAULT_WRAP): MappedText {
  const out = new MappedTextBuilder();
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (!next || !isWrapped(line, next, options)) {
      out.keep(line.text + line.eol);
      continue;
    }
    const body = line.text.trimEnd();
    const indent = next.text.length - next.text.trimStart().length;
    out.keep(body);
    // Latin words on both sides of the break were separate words: keep one space.
    const glue = LATIN_END.test(body) && LATIN_START.test(next.text.trimStart()) ? " " : "";
    out.replace(line.text.length - body.length + line.eol.length + indent, glue);
    lines[i + 1] = { text: next.text.slice(indent), start: next.start + indent, eol: next.eol };
  }
  return out.finish();
}

function isWrapped(line: Line, next: Line, options: WrapOptions): boolean {
  const body = line.text.trim();
  return (
    body.length >= options.minWrappedLength &&
    next.text.trim() !== "" &&
    !ENDS_SENTENCE.test(body) &&
    !STARTS_ITEM.test(next.text)
  );
}

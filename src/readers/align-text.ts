import { decodeHTML } from "entities/decode";
import type { PieceTextBuilder } from "../text/piece-map.js";

/** A character reference as HTML and CommonMark write it (the decoder decides what it means). */
const ENTITY = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Lays a parser's decoded text over the raw input it was read from, so each character
 * of the document maps back to where it is written: equal characters are copied,
 * character references (`&#x52B9;`) and backslash escapes stand for their raw span, and
 * raw characters the parser left out (markup such as a quote marker `> ` at a line
 * start) are skipped. `take` appends the next part of the value; `replace` reads the
 * next part and appends something else in its place (a collapsed line break).
 */
export interface TextAligner {
  take(value: string): void;
  replace(value: string, by: string): void;
}

export function alignText(out: PieceTextBuilder, input: string, from: number, to: number): TextAligner {
  let i = from;
  /** Reads `value` from the raw input at i; calls emit for each piece with its raw span. Returns false if it does not fit. */
  const read = (value: string, emit: (text: string, rawFrom: number, rawTo: number, copied: boolean) => void): boolean => {
    let j = 0;
    while (j < value.length) {
      if (i >= to) return false;
      const c = input[i]!;
      if (c === value[j]) {
        let k = 1;
        while (j + k < value.length && i + k < to && input[i + k] === value[j + k]) k++;
        emit(value.slice(j, j + k), i, i + k, true);
        i += k;
        j += k;
        continue;
      }
      const width = referenceWidth(input, i, to, value, j);
      if (width > 0) {
        const n = width >> 8;
        emit(value.slice(j, j + n), i, i + (width & 0xff), false);
        i += width & 0xff;
        j += n;
        continue;
      }
      i++; // raw markup the parser did not put in the text
    }
    return true;
  };
  const fallback = (value: string): void => {
    // Cannot happen with a well-behaved parser; if it does, the rest maps to the whole span.
    out.insert(value, Math.min(i, to), to);
    i = to;
  };
  return {
    take(value) {
      const start = i;
      const pieces: [string, number, number, boolean][] = [];
      if (!read(value, (text, a, b, copied) => pieces.push([text, a, b, copied]))) {
        i = start;
        return fallback(value);
      }
      for (const [text, a, b, copied] of pieces) {
        if (copied) out.copy(text, a);
        else out.insert(text, a, b);
      }
    },
    replace(value, by) {
      const start = i;
      if (!read(value, () => {})) {
        i = start;
        return fallback(by);
      }
      out.insert(by, start, i);
    },
  };
}

/**
 * Width of a reference at input[i] that decodes to value[j…]: output units << 8 | raw
 * length, or 0. Raw spans are short (an entity name, `\*`, CRLF), so 8 bits suffice.
 */
function referenceWidth(input: string, i: number, to: number, value: string, j: number): number {
  const c = input[i];
  if (c === "&") {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(input);
    if (m && i + m[0].length <= to && m[0].length < 256) {
      const decoded = decodeHTML(m[0]);
      if (decoded.length > 0 && decoded !== m[0] && value.startsWith(decoded, j)) return (decoded.length << 8) | m[0].length;
    }
  }
  if (c === "\\" && i + 1 < to && input[i + 1] === value[j]) return (1 << 8) | 2;
  if (c === "\r" && value[j] === "\n") return (1 << 8) | (input[i + 1] === "\n" ? 2 : 1);
  return 0;
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Appends flowing text (a paragraph of HTML or Markdown) read from input[from, to):
 * a whitespace run with a line break in it is read as a browser shows it, nothing
 * between two Japanese characters (a term wrapped in the source stays one word) or
 * at a line start, else one space.
 */
export function appendFlowing(out: PieceTextBuilder, input: string, from: number, to: number, value: string): void {
  const align = alignText(out, input, from, to);
  let last = 0;
  for (const m of value.matchAll(/[ \t\n\f\r]*\n[ \t\n\f\r]*/g)) {
    align.take(value.slice(last, m.index));
    const before = m.index > 0 ? value[m.index - 1]! : out.lastChar();
    align.replace(m[0], segmentBreak(before, value[m.index + m[0].length]));
    last = m.index + m[0].length;
  }
  align.take(value.slice(last));
}

function segmentBreak(before: string, after: string | undefined): string {
  if (before === "" || /\s/u.test(before)) return "";
  if (WIDE.test(before) && (after === undefined || WIDE.test(after))) return "";
  return " ";
}

/** One field: its value and where it is written, quotes included. */
export interface CsvField {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** A record with the 1-based line it starts on and its raw span, or a record that breaks the quoting rules. */
export type CsvRecord =
  | { readonly fields: readonly CsvField[]; readonly line: number; readonly start: number; readonly end: number }
  | { readonly error: string; readonly line: number };

/**
 * Records of a CSV (RFC 4180) or TSV text, with positions, which the report needs to
 * give a mention's line and column in the file: fields separated by `delimiter`,
 * records by CRLF, LF or CR; a field in double quotes may hold delimiters, quotes
 * (doubled) and line breaks. A quote inside an unquoted field is taken as written.
 * Blank lines are skipped. A character after a closing quote makes that record an error
 * (the next line goes on); a quote never closed makes the rest of the text one error.
 * Lines are counted with every line break split-lines.ts knows, as mentions count them.
 */
export function* scanCsv(text: string, delimiter: "," | "\t"): Generator<CsvRecord> {
  const unquoted = delimiter === "," ? /[^,\r\n]*/y : /[^\t\r\n]*/y;
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = i;
    const fields: CsvField[] = [];
    let error: string | undefined;
    for (;;) {
      if (text[i] === '"') {
        let k = i + 1;
        for (;;) {
          k = text.indexOf('"', k);
          if (k === -1 || text[k + 1] !== '"') break;
          k += 2;
        }
        if (k === -1) {
          yield { error: "a quoted field is never closed", line };
          return;
        }
        fields.push({ value: text.slice(i + 1, k).replace(/""/g, '"'), start: i, end: k + 1, quoted: true });
        i = k + 1;
        if (i < text.length && text[i] !== delimiter && text[i] !== "\r" && text[i] !== "\n") {
          error = `unexpected ${JSON.stringify(text[i])} after a closing quote`;
          const next = text.slice(i).search(/[\r\n]/);
          i = next === -1 ? text.length : i + next;
        }
      } else {
        unquoted.lastIndex = i;
        const m = unquoted.exec(text)!;
        fields.push({ value: m[0], start: i, end: i + m[0].length, quoted: false });
        i += m[0].length;
      }
      if (text[i] === delimiter && error === undefined) {
        i++;
        continue;
      }
      break;
    }
    const end = i;
    if (text[i] === "\r") i += text[i + 1] === "\n" ? 2 : 1;
    else if (text[i] === "\n") i++;
    if (error !== undefined) yield { error, line };
    else if (!(fields.length === 1 && !fields[0]!.quoted && fields[0]!.value === "")) yield { fields, line, start, end };
    line += countLineBreaks(text, start, i);
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) n++;
  }
  return n;
}

const SPECIAL = /[\t\n\r\\]/g;
const ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\" };

/**
 * A TSV cell (the IANA text/tab-separated-values convention, as PostgreSQL's COPY and
 * pandas' `escapechar` read it): tab, LF, CR and backslash as `\t \n \r \\`, never quoted,
 * so every row is one line and every cell is between two tabs.
 */
export function escapeTsv(value: string): string {
  return value.replace(SPECIAL, (ch) => ESCAPES[ch]!);
}

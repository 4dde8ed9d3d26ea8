const SPECIAL = /[\t\n\r\\]/g;
const ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\" };

/**
 * A TSV cell (the IANA text/tab-separated-values convention, as PostgreSQL's COPY and
 * pandas' `escapechar` read it): tab, LF, CR and backslash as `\t \n \r \\`, never quoted,
 * so every row is one line and every cell is between two tabs.
 */
export function escapeTsv(value: string): string {
  // Nearly every cell has none of them: a scan is cheaper than a replace that finds nothing.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x5c) return value.replace(SPECIAL, (ch) => ESCAPES[ch]!);
  }
  return value;
}

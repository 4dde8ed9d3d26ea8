const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
/** What a lone surrogate becomes, as in TextEncoder and Buffer.from: U+FFFD. */
const REPLACEMENT = 0xfffd;

/**
 * TSV written straight to UTF-8 bytes, a cell at a time (the IANA
 * text/tab-separated-values convention, as PostgreSQL's COPY and pandas' `escapechar`
 * read it): tab, LF, CR and backslash as `\t \n \r \\`, never quoted, so every row is one
 * line and every cell is between two tabs.
 *
 * Bytes rather than a string: `tokens -f tsv` writes a row per word, and joining the cells
 * into a string, escaping it and encoding that took four times as long as one pass that
 * does all three. The bytes are the ones TextEncoder gives for the escaped text.
 */
export class TsvBytes {
  private bytes = new Uint8Array(1 << 16);
  private at = 0;

  /** A cell's text, escaped. */
  text(value: string): void {
    this.room(value.length * 3);
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < value.length; i++) {
      let c = value.charCodeAt(i);
      if (c < 0x80) {
        if (c === TAB || c === LF || c === CR || c === BACKSLASH) {
          bytes[at++] = BACKSLASH;
          c = c === TAB ? 0x74 : c === LF ? 0x6e : c === CR ? 0x72 : BACKSLASH;
        }
        bytes[at++] = c;
      } else if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const low = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
            const point = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
            bytes[at++] = 0xf0 | (point >> 18);
            bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
            bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
            bytes[at++] = 0x80 | (point & 0x3f);
            i++;
            continue;
          }
          c = REPLACEMENT;
        }
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.at = at;
  }

  /** A number as `String(n)` writes it (digits without a string for small whole numbers). */
  number(value: number): void {
    if (value >= 0 && value < 0x80000000 && (value | 0) === value) {
      this.room(10);
      let digits = 1;
      for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
      this.at += digits;
      for (let i = this.at - 1, rest = value; i >= this.at - digits; i--, rest = (rest / 10) | 0) this.bytes[i] = 0x30 + (rest % 10);
    } else {
      this.text(String(value));
    }
  }

  /** The tab between two cells. */
  tab(): void {
    this.room(1);
    this.bytes[this.at++] = TAB;
  }

  /** The end of a row. */
  newline(): void {
    this.room(1);
    this.bytes[this.at++] = LF;
  }

  /** The bytes written since the last take, as a copy of their own. */
  take(): Uint8Array {
    const out = this.bytes.slice(0, this.at);
    this.at = 0;
    return out;
  }

  /** Room for `more` bytes after the ones written. */
  private room(more: number): void {
    if (this.at + more <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + more));
    bigger.set(this.bytes.subarray(0, this.at));
    this.bytes = bigger;
  }
}

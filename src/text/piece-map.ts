import type { OffsetMap } from "./offset-map.js";

/**
 * An offset map as plain data, so it can cross a worker boundary: where each output
 * segment starts, where it comes from in the input, and, for a segment that replaced
 * input rather than copying it, where the replaced input ends (-1 for a copy).
 * Unlike a text stage's map, segments may come from anywhere in the input, in any
 * order: a reader assembles a document from pieces of its file (an HTML parser may
 * move text out of a table; a title is put first).
 */
export interface PieceMapData {
  readonly outStart: readonly number[];
  readonly inStart: readonly number[];
  readonly inEnd: readonly number[];
}

/** Builds a text from pieces of an input and the map back to it. */
export class PieceTextBuilder {
  readonly #parts: string[] = [];
  readonly #outStart: number[] = [];
  readonly #inStart: number[] = [];
  readonly #inEnd: number[] = [];
  #out = 0;
  #pending: { text: string; at: number } | undefined;

  /**
   * Separates what comes next from what came before by `text` (a line break between
   * blocks), standing at input position `at`: written only once more text follows, and
   * never at the start, so a document neither starts nor ends with one. The longest
   * separator asked for between two pieces of text wins.
   */
  separate(text: string, at: number): void {
    if (this.#out > 0 && (!this.#pending || this.#pending.text.length < text.length)) this.#pending = { text, at };
  }

  #flush(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    this.#push(pending.at, pending.at);
    this.#parts.push(pending.text);
    this.#out += pending.text.length;
  }

  /** `text` is the input's `text.length` code units from `at`, unchanged. */
  copy(text: string, at: number): void {
    if (text.length === 0) return;
    this.#flush();
    const k = this.#outStart.length - 1;
    // Continues the previous copy: one segment.
    if (!(k >= 0 && this.#inEnd[k] === -1 && this.#inStart[k]! + (this.#out - this.#outStart[k]!) === at)) this.#push(at, -1);
    this.#parts.push(text);
    this.#out += text.length;
  }

  /** `text` stands for the input [from, to): an entity, an escape, a line break between blocks. */
  insert(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.#flush();
    this.#push(from, to);
    this.#parts.push(text);
    this.#out += text.length;
  }

  /** The last character of the output so far ("" when empty), a pending separator included. */
  lastChar(): string {
    if (this.#pending) return this.#pending.text[this.#pending.text.length - 1]!;
    for (let i = this.#parts.length - 1; i >= 0; i--) {
      const part = this.#parts[i]!;
      if (part.length > 0) return part[part.length - 1]!;
    }
    return "";
  }

  get length(): number {
    return this.#out;
  }

  #push(inStart: number, inEnd: number): void {
    this.#outStart.push(this.#out);
    this.#inStart.push(inStart);
    this.#inEnd.push(inEnd);
  }

  finish(): { text: string; map: PieceMapData } {
    return { text: this.#parts.join(""), map: { outStart: this.#outStart, inStart: this.#inStart, inEnd: this.#inEnd } };
  }
}

/** The map a PieceMapData describes. */
export function pieceMap(data: PieceMapData): OffsetMap {
  const { outStart, inStart, inEnd } = data;
  /** The last segment starting at or before p (-1 when there is none). */
  const segmentAt = (p: number): number => {
    let lo = -1;
    let hi = outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outStart[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    toSource(p) {
      const k = segmentAt(p);
      if (k < 0) return 0;
      return inEnd[k] === -1 ? inStart[k]! + (p - outStart[k]!) : inStart[k]!;
    },
    toSourceEnd(p) {
      const k = segmentAt(Math.max(0, p - 1));
      if (k < 0) return 0;
      return inEnd[k] === -1 ? inStart[k]! + (p - outStart[k]!) : inEnd[k]!;
    },
  };
}

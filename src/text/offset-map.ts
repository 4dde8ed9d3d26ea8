/**
 * Maps positions in a stage's output text back to its input text, as lindera's
 * character filters do. Only edits that change length are stored, so the map stays
 * small for text that is mostly kept as it is.
 */
export interface OffsetMap {
  /** Input position of output position `p` (0 ≤ p ≤ output length), as a start. */
  toSource(p: number): number;
  /**
   * The same for a position used as an end: text deleted right after it (a joined
   * line break) stays outside, text replaced right before it (ｶﾞ → ガ) stays inside.
   */
  toSourceEnd(p: number): number;
}

/** The map of a stage that changed nothing. */
export const IDENTITY_MAP: OffsetMap = { toSource: (p) => p, toSourceEnd: (p) => p };

export interface MappedText {
  readonly text: string;
  readonly map: OffsetMap;
}

/** Segment starts: from outStart on, output follows input 1:1 (`kept`) or all maps to inStart. */
class SegmentMap implements OffsetMap {
  readonly #outStart: readonly number[];
  readonly #inStart: readonly number[];
  readonly #kept: readonly boolean[];
  constructor(outStart: number[], inStart: number[], kept: boolean[]) {
    this.#outStart = outStart;
    this.#inStart = inStart;
    this.#kept = kept;
  }
  toSource(p: number): number {
    const k = this.#segmentAt(p);
    const base = this.#inStart[k]!;
    return this.#kept[k] ? base + (p - this.#outStart[k]!) : base;
  }

  toSourceEnd(p: number): number {
    if (p === 0) return this.toSource(0);
    const k = this.#segmentAt(p - 1);
    // A replaced segment ends where the next one starts in the input.
    return this.#kept[k] ? this.#inStart[k]! + (p - this.#outStart[k]!) : this.#inStart[k + 1]!;
  }

  /** The last segment starting at or before output position p. */
  #segmentAt(p: number): number {
    let lo = 0;
    let hi = this.#outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#outStart[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Builds an output string and its map in one pass over the input. */
export class MappedTextBuilder {
  readonly #parts: string[] = [];
  readonly #outStart: number[] = [0];
  readonly #inStart: number[] = [0];
  readonly #kept: boolean[] = [true];
  #in = 0;
  #out = 0;

  /** Copies `text`, which is the input's next `text.length` code units unchanged. */
  keep(text: string): void {
    if (text.length === 0) return;
    if (!this.#kept[this.#kept.length - 1]) this.#mark(true);
    this.#parts.push(text);
    this.#in += text.length;
    this.#out += text.length;
  }

  /** Replaces the input's next `inLength` code units by `text`. */
  replace(inLength: number, text: string): void {
    if (inLength === text.length) {
      // Same length: positions still correspond one to one.
      if (!this.#kept[this.#kept.length - 1]) this.#mark(true);
    } else {
      this.#mark(false);
    }
    this.#parts.push(text);
    this.#in += inLength;
    this.#out += text.length;
    if (inLength !== text.length) this.#mark(true);
  }

  #mark(kept: boolean): void {
    const last = this.#outStart.length - 1;
    if (this.#outStart[last] === this.#out) {
      this.#inStart[last] = this.#in;
      this.#kept[last] = kept;
    } else {
      this.#outStart.push(this.#out);
      this.#inStart.push(this.#in);
      this.#kept.push(kept);
    }
  }

  finish(): MappedText {
    return { text: this.#parts.join(""), map: new SegmentMap(this.#outStart, this.#inStart, this.#kept) };
  }
}

/** The map of a chain of stages, from the last stage's output back to the first's input. */
export function composeMaps(maps: readonly OffsetMap[]): OffsetMap {
  return {
    toSource(p: number): number {
      let q = p;
      for (let i = maps.length - 1; i >= 0; i--) q = maps[i]!.toSource(q);
      return q;
    },
    toSourceEnd(p: number): number {
      let q = p;
      for (let i = maps.length - 1; i >= 0; i--) q = maps[i]!.toSourceEnd(q);
      return q;
    },
  };
}

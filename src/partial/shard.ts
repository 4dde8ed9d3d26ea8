import { KoukaError } from "../errors.js";

/** `--shard I/N`: this run keeps share I of N. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Whether a document (by its `document` value) belongs to the shard: the same answer on every machine. */
export function inShard(document: string, shard: Shard): boolean {
  return fnv1a32(document) % shard.count === shard.index;
}

/** `3/8` → { index: 3, count: 8 }; anything else (8/8, 1/0, -1/2, a/b) is a usage error. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/u.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new KoukaError("USAGE", "--shard", `expected I/N with N ≥ 1 and 0 ≤ I < N (such as 0/4), got '${text}'`);
  }
  return { index, count };
}

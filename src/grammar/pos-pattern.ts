import type { Token } from "../token.js";

/** "名詞,接尾" style patterns: a token matches when its POS path starts with the pattern. */
export type PosPattern = readonly string[];

export function parsePosPattern(text: string): PosPattern {
  return text.split(",").map((s) => s.trim());
}

export function matchesPos(token: Pick<Token, "pos" | "posDetail1" | "posDetail2" | "posDetail3">, patterns: readonly PosPattern[]): boolean {
  const path = [token.pos, token.posDetail1, token.posDetail2, token.posDetail3];
  return patterns.some((p) => p.every((part, i) => part === "*" || part === path[i]));
}

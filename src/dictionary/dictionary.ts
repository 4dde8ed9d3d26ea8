import type { ContextRule } from "./context-rule.js";

/** One spelling a concept is recognised by, expanded from a term pattern. */
export interface TermSpelling {
  /** The spelling as written in the dictionary (after expanding {a|b}, [x] and +). */
  readonly text: string;
  /** Whether a noun may stand on its left (生産規模の経済性 is still scale). */
  readonly leftOpen: boolean;
  /**
   * Words that may not stand right before the term even when it is open on the left:
   * size descriptors fused with its first noun (世界規模の経済 is a world-scale economy).
   * Compared with the token's surface or basic form, NFKC and lower case.
   */
  readonly notAfter?: readonly string[];
  /** Where the term is counted only in the concept's sense (スコープ効果 in code is not). */
  readonly context?: ContextRule;
  readonly file: string;
  readonly line: number;
}

export interface Concept {
  readonly id: string;
  /** Where the concept is defined, for messages. */
  readonly file: string;
  readonly line: number;
  readonly label: string;
  readonly description: string;
  readonly terms: readonly TermSpelling[];
}

/** Concepts in dictionary order (the order of the report's columns). */
export interface Dictionary {
  readonly concepts: readonly Concept[];
}

/** One spelling a concept is recognised by, expanded from a term pattern. */
export interface TermSpelling {
  /** The spelling as written in the dictionary (after expanding {a|b} and [x]). */
  readonly text: string;
  /** Whether a noun may stand on its left (生産規模の経済性 is still scale). */
  readonly leftOpen: boolean;
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

import type { Token } from "../token.js";
import type { Grammar } from "./load-grammar.js";
import { matchesPos } from "./pos-pattern.js";

/** What a token does in a compound noun, by the POS rules of grammar.yaml. */
export type TokenRole = "noun" | "suffix" | "prefix" | "adjectival" | "other";

export function roleOf(token: Token, grammar: Grammar): TokenRole {
  if (matchesPos(token, grammar.noun)) return "noun";
  if (matchesPos(token, grammar.suffix)) return "suffix";
  if (matchesPos(token, grammar.prefix)) return "prefix";
  if (matchesPos(token, grammar.adjectival)) return "adjectival";
  return "other";
}

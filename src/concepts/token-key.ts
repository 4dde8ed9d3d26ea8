import { isBlank } from "../text/is-space.js";
import { remembered } from "../text/remembered.js";
import { singularizeNoun } from "./singularize-noun.js";

const LATIN_WORD = /^[a-z]+$/;

/**
 * What a token is compared by when matching terms: case-folded, English nouns in the
 * singular (effects → effect), whitespace as "" (spaces never split a term apart).
 */
export function tokenKey(surface: string): string {
  return remembered(keys, surface, keyOf);
}

/** Keys of surfaces seen lately: a document's words repeat, and keys were an eighth of its garbage. */
const keys = new Map<string, string>();

function keyOf(surface: string): string {
  if (isBlank(surface)) return "";
  const lower = surface.toLowerCase();
  return LATIN_WORD.test(lower) && lower.length > 3 ? singularizeNoun(lower) : lower;
}

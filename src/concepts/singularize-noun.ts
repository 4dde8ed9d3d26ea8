/*
 * English nouns in the singular (effects → effect, economies → economy, externalities →
 * externality), for matching dictionary terms in any number. The rules and word lists are
 * those of natural's NounInflector (natural 8.1.1, MIT, © Chris Umbel and contributors),
 * applied in the same order; test/concepts/singularize-noun.test.ts checks that both give
 * the same word for every word tried. natural itself is not a dependency: with the
 * databases and clients it brings, it installed 77 MB and 52 packages for this table.
 */

/** Words with one form for both numbers. */
const SAME_IN_BOTH = new Set([
  "bison", "bream", "carp", "chassis", "christmas", "cod", "corps", "debris", "deer",
  "diabetes", "equipment", "elk", "fish", "flounder", "gallows", "graffiti",
  "headquarters", "herpes", "highjinks", "homework", "information",
  "mackerel", "mews", "money", "news", "rice", "rabies", "salmon", "series",
  "sheep", "shrimp", "species", "swine", "tennis", "trout", "tuna", "whiting", "wildebeest",
]);

/** Irregular plurals and their singulars. */
const IRREGULAR = new Map([
  ["children", "child"], ["men", "man"], ["people", "person"], ["sexes", "sex"], ["mice", "mouse"],
  ["oxen", "ox"], ["feet", "foot"], ["teeth", "tooth"], ["geese", "goose"], ["ephemerides", "ephemeris"],
  ["clothes", "cloth"], ["heroes", "hero"], ["torsi", "torso"], ["leaves", "leaf"], ["wolves", "wolf"],
  ["calves", "calf"], ["halves", "half"], ["knives", "knife"], ["loaves", "loaf"], ["lives", "life"],
  ["wives", "wife"], ["shelves", "shelf"], ["thieves", "thief"], ["yourselves", "yourself"],
]);

/** The first rule whose pattern matches rewrites the word. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/(.*)ves$/i, "$1f"],
  [/(.*)nses$/i, "$1nse"],
  [/([^v])ies$/i, "$1y"],
  [/ives$/i, "ife"],
  [/(antenn|formul|nebul|vertebr|vit)ae$/i, "$1a"],
  [/(octop|vir|radi|nucle|fung|cact|stimul|alumn|calcul|hippopotam|macrofung|phoet|syllab|troph)(i)$/i, "$1us"],
  [/(buffal|tomat|tornad)(oes)$/i, "$1o"],
  [/(analy|naly|synop|parenthe|diagno|the)ses$/i, "$1sis"],
  [/(vert|ind|cort)(ices)$/i, "$1ex"],
  [/(matr|append)(ices)$/i, "$1ix"],
  [/(x|ch|ss|sh|s|z)es$/i, "$1"],
  [/men$/i, "man"],
  [/ss$/i, "ss"],
  [/s$/i, ""],
];

/** The singular of a lower-case English noun (other words come back as they are). */
export function singularizeNoun(word: string): string {
  if (SAME_IN_BOTH.has(word)) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  for (const [pattern, replacement] of RULES) {
    // natural keeps the word when a rule would leave nothing ("s").
    if (pattern.test(word)) return word.replace(pattern, replacement) || word;
  }
  return word;
}

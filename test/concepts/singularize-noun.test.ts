import fc from "fast-check";
import NounInflector from "natural/lib/natural/inflectors/noun_inflector.js";
import { describe, expect, it } from "vitest";
import { singularizeNoun } from "../../src/concepts/singularize-noun.js";

// natural (a devDependency, for this comparison only) is the reference kouka used to call.
const natural = new NounInflector();

/** Endings every rule and list of natural's singulariser looks at. */
const ENDINGS = [
  "ves", "nses", "ies", "vies", "ives", "ae", "i", "oes", "ses", "ices", "xes", "ches", "sses", "shes", "zes",
  "men", "ss", "s", "es", "us", "is", "y", "ys", "e", "",
];
const STEMS = ["econom", "effect", "externalit", "network", "scale", "scope", "analy", "matr", "vert", "octop", "buffal", "wol", "kni", "hu", "wo", "synop", "radi", "expen", "defe", "bu", "cla", "bo", "quiz", "bo"];

describe("singularizeNoun", () => {
  it("singularises the English words of kouka's dictionary", () => {
    expect(["economies", "effects", "externalities", "networks", "scales", "scopes"].map(singularizeNoun)).toEqual([
      "economy", "effect", "externality", "network", "scale", "scope",
    ]);
  });

  it("keeps singular words and words with one form for both numbers", () => {
    expect(["economy", "network", "species", "news", "business"].map(singularizeNoun)).toEqual([
      "economy", "network", "species", "news", "business",
    ]);
  });

  it("gives natural's answer for every stem and ending, the irregular words and any lower-case word", () => {
    const words = [
      ...STEMS.flatMap((stem) => ENDINGS.map((end) => stem + end)),
      "children", "men", "people", "sexes", "mice", "oxen", "feet", "teeth", "geese", "ephemerides", "clothes", "heroes",
      "torsi", "leaves", "wolves", "calves", "halves", "knives", "loaves", "lives", "wives", "shelves", "thieves", "yourselves",
      "bison", "chassis", "equipment", "series", "s", "ss", "es", "ies", "ves",
    ];
    expect(words.filter((w) => singularizeNoun(w) !== natural.singularize(w))).toEqual([]);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,6}$/), fc.constantFrom(...ENDINGS), (stem, end) => {
        expect(singularizeNoun(stem + end)).toBe(natural.singularize(stem + end));
      }),
      { numRuns: 5000 },
    );
  });
});

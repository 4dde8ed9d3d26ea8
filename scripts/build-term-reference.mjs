// Builds dictionaries/reference.yaml, the general-language reference of `kouka terms`
// keyness, from EDICT (JMdict's EDICT file as Debian's `edict` package installs it):
//
//   apt-get install edict && node scripts/build-term-reference.mjs [/usr/share/edict/edict]
//
// Every noun headword of an entry marked (P) — JMdict's "common word" priority: among the
// ~12,000 most frequent words of the Mainichi Shimbun word-frequency list (news1), or on the
// ichi1/spec1/gai1 lists of everyday words and loanwords — is listed with the per-million
// rate the file header gives common words; anything not listed gets the default rate.
// EDICT is © the Electronic Dictionary Research and Development Group, used under
// Creative Commons Attribution-ShareAlike 3.0; the file written keeps that notice and licence.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const source = process.argv[2] ?? "/usr/share/edict/edict";
const out = path.resolve(import.meta.dirname, "../dictionaries/reference.yaml");
const text = new TextDecoder("euc-jp").decode(readFileSync(source));

// Per million noun units. Assumptions, not measurements (see the file header).
const COMMON = 50;
const DEFAULT = 1;

const NOUNISH = /\((?:[^)]*,)?(?:n|vs|adj-na|adj-no|n-adv|n-t|n-suf|n-pref|pn)(?:,[^)]*)?\)/;
const words = new Set();
for (const line of text.split("\n")) {
  if (!line.endsWith("/(P)/")) continue;
  const match = /^(\S+)(?: \[[^\]]*\])? \/(.*)$/.exec(line);
  if (!match || !NOUNISH.test(match[2])) continue;
  const word = match[1].normalize("NFKC");
  if (/[\s\t]/.test(word)) continue;
  words.add(word);
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  "# General-language reference for the keyness ranking of `kouka terms` (dictionaries/terms.yaml says how",
  "# it is used): how often words occur, per million noun units of ordinary text. `default_per_million`",
  "# is the rate of a word not listed; under `per_million`, one line per word, `  \"WORD\": rate` (a",
  "# subset of YAML kouka reads line by line, so 20,000 words load in milliseconds; any other line is an",
  "# error with its line number). A compound's rate is its own when listed, else the product of its",
  "# parts' rates (per one), as if its parts were drawn independently. Replace or extend this file with",
  "# a real frequency list in the same format to get a finer reference.",
  "#",
  `# Built by scripts/build-term-reference.mjs from EDICT (${sorted.length} noun headwords of entries marked (P),`,
  "# JMdict's common-word priority: the ~12,000 most frequent words of the Mainichi Shimbun frequency",
  "# list and the ichi1/spec1/gai1 lists). All get one rate, 50 per million: ~70% of the noun units of",
  "# general text spread over ~15,000 common nouns. Everything else gets 1 per million. These two rates",
  "# are assumptions, not measurements: the list says which words are common, not how common.",
  "#",
  "# EDICT: Copyright the Electronic Dictionary Research and Development Group (EDRDG),",
  "# https://www.edrdg.org/, used in conformance with the Group's licence. This file is a derived work",
  "# and is distributed under the Creative Commons Attribution-ShareAlike Licence (V3.0), as the",
  "# EDRDG General Dictionary Licence Statement shipped with EDICT requires.",
];
const lines = [...header, `default_per_million: ${DEFAULT}`, "per_million:", ...sorted.map((w) => `  ${JSON.stringify(w)}: ${COMMON}`)];
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${out}: ${sorted.length} words`);

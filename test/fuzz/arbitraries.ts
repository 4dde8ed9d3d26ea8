import fc from "fast-check";
import { awkwardText } from "../properties/arbitraries.js";

/** Characters that break naive CSV writers, shells and message lines; none is `/` or NUL, none starts a hidden name. */
const NAME_UNITS = [
  "a", "Z", "0", "規", "模", "ネ", "ｶ", " ", "　", ",", '"', "'", "\r", "\n", "\r\n", "\t", "=", "-", "@", "+", "\\",
  "#", ":", ";", "%", "*", "?", "[", "]", "{", "}", "(", "$", "&", "|", "<", ">", "~", "\u2028", "\u200b", "\u00a0",
  "😀", "e\u0301", "\u202e", "\u0007", "\u001b", "\u007f", "\ufeff",
];

/** A file name (without extension) made of awkward characters, at most 60 UTF-8 bytes. */
export const fileStem: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...NAME_UNITS), minLength: 1, maxLength: 10 })
  .filter((s) => Buffer.byteLength(s) <= 60);

/** Text or bytes for a document: awkward Unicode, noise, or legacy encodings of terms. */
export const documentBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: awkwardText.map((t) => Buffer.from(t, "utf8")) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(awkwardText, fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x1a], [0x00]))
      .map(([t, prefix]) => Buffer.concat([Buffer.from(prefix), Buffer.from(t, "utf8")])),
  },
);

const ID_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NAME_UNITS), minLength: 0, maxLength: 8 }),
  fc.integer(),
  fc.constantFrom(12345678901234567890, 1e21, -0, 0.5, true, null, [], {}),
);

/** One JSONL line: a good record, a record with odd fields, or not a record at all. */
export const jsonlLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ id: ID_VALUES, text: awkwardText }).map((r) => JSON.stringify(r)) },
  {
    weight: 2,
    arbitrary: fc
      .record({ id: ID_VALUES, text: fc.oneof(awkwardText, fc.integer(), fc.constant(null)), extra: fc.anything() }, { requiredKeys: [] })
      .map((r) => JSON.stringify(r)),
  },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "{", "[]", "null", '"text"', "{oops", '{"id":"x","text":"規模の経済"', "\ufeff{}") },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Line endings JSONL files are found with. */
export const lineEnd: fc.Arbitrary<string> = fc.constantFrom("\n", "\r\n");

const IDS = ["scale", "cloud", "fintech", "document", "tokens", "a", "b-2", "Bad Id", "", "scale"];
const TERMS = ["クラウド", "フィンテック", "規模の{効果|利益}", "[大]企業", "economies of scope", "", "{a|", "の", "。", "ｸﾗｳﾄﾞ"];

/** A concept dictionary as YAML: usually well formed, with clashing ids, bad terms, aliases and nesting. */
export const dictionaryYaml: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.record({
        id: fc.constantFrom(...IDS),
        label: fc.constantFrom("ラベル", "", "label: x", "&l 共通"),
        terms: fc.array(fc.constantFrom(...TERMS), { maxLength: 3 }),
        alias: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    fc.constantFrom("", "# comment\n", "\ufeff", "extra: 1\n", "concepts: &c\n"),
    fc.nat(40),
  )
  .map(([concepts, head, depth]) => {
    let yaml = head.startsWith("concepts") ? "" : head;
    yaml += "concepts:\n";
    concepts.forEach((c, i) => {
      yaml += `  - id: ${JSON.stringify(c.id)}\n    label: ${c.label === "" ? '""' : c.label}\n`;
      if (c.alias && i > 0) yaml += "    description: *d\n";
      else if (i === 0) yaml += "    description: &d 説明\n";
      yaml += `    terms:${c.terms.length === 0 ? " []" : ""}\n${c.terms.map((t) => `      - ${JSON.stringify(t)}\n`).join("")}`;
    });
    if (depth > 30) yaml += `  - ${"[".repeat(depth * 3)}${"]".repeat(depth * 3)}\n`;
    return yaml;
  });

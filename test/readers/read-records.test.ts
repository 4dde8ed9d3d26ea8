import { withMeta } from "../../src/cli/meta-columns.js";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/readers/read-csv.js";
import { readJsonl, readRecord } from "../../src/readers/read-jsonl.js";
import type { ReadItem } from "../../src/readers/read-document.js";
import { DEFAULT_RECORD_OPTIONS } from "../../src/readers/record-options.js";
import { scanJsonFields } from "../../src/readers/scan-json-fields.js";
import { pieceMap } from "../../src/text/piece-map.js";

const options = { ...DEFAULT_RECORD_OPTIONS, meta: ["src"] };

/** The raw text a part of a record's text maps to. */
function rawOf(item: ReadItem, needle: string): string {
  if (item.kind !== "document") throw new Error(item.message);
  const { text, origin } = item.document;
  const at = text.indexOf(needle);
  const map = pieceMap(origin!.map);
  return origin!.raw.slice(map.toSource(at), map.toSourceEnd(at + needle.length));
}

describe("readRecord (one JSONL line)", () => {
  it("keeps a numeric id's digits as written and copies meta fields", () => {
    const item = readRecord('{"id":12345678901234567891,"src":123.450,"text":"t"}', 3, options);
    expect(item).toMatchObject({ kind: "document", line: 3, document: { key: "12345678901234567891", meta: { src: "123.450" }, text: "t" } });
  });

  it("maps escapes back to the JSON: \\n, \\uXXXX, a surrogate pair", () => {
    const item = readRecord('{"text":"a\\n\\u898f\\u6a21の経済\\ud842\\udfb7b"}', 1, options);
    expect(item).toMatchObject({ document: { text: "a\n規模の経済𠮷b" } });
    expect(rawOf(item, "規模の経済")).toBe("\\u898f\\u6a21の経済");
    expect(rawOf(item, "𠮷")).toBe("\\ud842\\udfb7");
  });

  it("treats a null or empty id as no id, and names a record without a string text", () => {
    expect(readRecord('{"id":null,"text":"x"}', 1, options)).toMatchObject({ document: { text: "x" } });
    expect(readRecord('{"id":"","text":"x"}', 1, options)).not.toHaveProperty("document.key");
    expect(readRecord('{"id":1}', 2, options)).toEqual({ kind: "error", line: 2, message: 'missing "text"' });
    expect(readRecord('{"text":["x"]}', 2, options)).toEqual({ kind: "error", line: 2, message: '"text" must be a string' });
    expect(readRecord('{"id":true,"text":"x"}', 2, options)).toMatchObject({ message: '"id" must be a string or a number' });
    expect(readRecord("[1]", 2, options)).toMatchObject({ kind: "error" });
  });

  it("reads other text and id fields", () => {
    expect(readRecord('{"k":7,"body":"x"}', 1, { textField: "body", idField: "k", meta: [] })).toMatchObject({ document: { key: "7", text: "x" } });
  });
});

describe("readJsonl", () => {
  it("decodes line by line when the whole file cannot be decoded", () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"a"}\n'), Buffer.from([0x80, 0x0a]), Buffer.from('{"text":"c"}')]);
    expect([...readJsonl(bytes, "auto", options)].map((i) => (i.kind === "document" ? i.document.text : `${i.line}: ${i.message}`))).toEqual([
      "a",
      "2: not valid UTF-8 at byte 0",
      "c",
    ]);
  });
});

describe("scanJsonFields", () => {
  it("finds each top-level value's span, nested values whole, the last of a repeated key", () => {
    const json = '{ "a" : [1, {"x": "}"}] , "b":"q\\"}", "c": -1.5e3, "a": null }';
    const spans = scanJsonFields(json);
    expect(Object.fromEntries([...spans].map(([k, s]) => [k, json.slice(s.start, s.end)]))).toEqual({ a: "null", b: '"q\\"}"', c: "-1.5e3" });
  });
});

describe("readCsv", () => {
  const csv = 'id,src,text\r\n1,a,"規模の\r\n""経済"""\r\n,b,範囲\r\n';
  it("reads records with their line, id and meta; a record without an id has none", () => {
    const items = [...readCsv(csv, ",", options)];
    expect(items.map((i) => i.kind === "document" && [i.line, i.document.key, i.document.meta, i.document.text])).toEqual([
      [2, "1", { src: "a" }, '規模の\r\n"経済"'],
      [4, undefined, { src: "b" }, "範囲"],
    ]);
    expect(rawOf(items[0]!, '"経済"')).toBe('""経済""');
    expect(items[0]!.kind === "document" && items[0]!.document.origin!.line).toBe(2);
  });

  it("gives an empty meta value where the record or the header lacks the field", () => {
    const items = [...readCsv("text,src\nx\n", ",", { ...options, meta: ["src", "nope"] })];
    const meta = items[0]!.kind === "document" ? items[0]!.document.meta : undefined;
    expect([...withMeta([{ document: "d" }], ["src", "nope"], meta)]).toEqual([{ document: "d", src: "", nope: "" }]);
  });

  it("keeps every field of a record but its text (and id unless --meta names it), for --by and partials", () => {
    const items = [...readCsv("id,date,outlet,text\n1,2024-03-05,日経,x\n", ",", { ...options, meta: [] })];
    expect(items[0]).toMatchObject({ document: { meta: { date: "2024-03-05", outlet: "日経" } } });
    expect(items[0]!.kind === "document" && items[0]!.document.meta).not.toHaveProperty("id");
    expect(readRecord('{"id":1,"date":"2024","n":2.50,"text":"t"}', 1, options)).toMatchObject({ document: { meta: { date: "2024", n: "2.50" } } });
  });
});

import Encoding from "encoding-japanese";
import fc from "fast-check";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBytes, INPUT_ENCODINGS } from "../../src/input/decode-bytes.js";
import { readInputs, type InputItem } from "../../src/input/read-inputs.js";
import { analyzeDocument, type PipelineContext } from "../../src/pipeline.js";
import { loadResources, type Resources } from "../../src/resources.js";
import { awkwardText, japaneseText, noisyBytes } from "./arbitraries.js";

// The library never throws on any text or bytes, and every document ends as a row or an
// error (DESIGN.md: "No input document is ever dropped without a word").

let resources: Resources;
const ctx = (clean: boolean): PipelineContext => ({ ...resources, clean });

beforeAll(async () => {
  resources = await loadResources();
});

const CONCEPTS = ["scale", "network", "scope"];

/** What must hold for any analysis of any text. */
function checkAnalysis(source: string, clean: boolean): void {
  const a = analyzeDocument(source, ctx(clean));
  expect(Number.isInteger(a.wordTokens) && a.wordTokens >= 0).toBe(true);
  for (const m of a.mentions) {
    expect(CONCEPTS).toContain(m.concept);
    expect(0 <= m.start && m.start < m.end && m.end <= a.text.length, `mention ${m.start}-${m.end} in ${a.text.length}`).toBe(true);
    // Offsets survive every text-to-text stage: the evidence points back into the input.
    const from = a.map.toSource(m.start);
    const to = a.map.toSourceEnd(m.end);
    expect(0 <= from && from < to && to <= source.length, `mapped ${from}-${to} in ${source.length}`).toBe(true);
  }
  for (const s of a.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= a.text.length).toBe(true);
}

describe("analyzeDocument on any string", () => {
  it("never throws; mentions are known concepts at positions inside the text and the source", () => {
    fc.assert(
      fc.property(awkwardText, fc.boolean(), (text, clean) => {
        checkAnalysis(text, clean);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same text gives the same mentions", () => {
    // NUL and lone high surrogates crash kuromoji (the property above reports that); left out here.
    const tokenizable = awkwardText.filter((t) => !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])/.test(t));
    fc.assert(
      fc.property(tokenizable, (text) => {
        const first = analyzeDocument(text, ctx(true));
        const second = analyzeDocument(text, ctx(true));
        expect(second.mentions).toEqual(first.mentions);
        expect(second.wordTokens).toBe(first.wordTokens);
      }),
      { numRuns: 50 },
    );
  });
});

const encoders: Record<string, (text: string) => Uint8Array> = {
  "utf-8": (t) => Buffer.from(t, "utf8"),
  shift_jis: (t) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(t), { to: "SJIS", from: "UNICODE" })),
  "euc-jp": (t) => Uint8Array.from(Encoding.convert(Encoding.stringToCode(t), { to: "EUCJP", from: "UNICODE" })),
  "utf-16": (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
};

describe("decodeBytes on any bytes, then the pipeline", () => {
  for (const [name, encode] of Object.entries(encoders)) {
    it(`never throws on noise or damaged ${name}, for every --encoding; decoded text analyses`, () => {
      fc.assert(
        fc.property(noisyBytes(encode), fc.constantFrom(...INPUT_ENCODINGS), (bytes, encoding) => {
          const result = decodeBytes(bytes, encoding);
          if (result.ok) {
            expect(typeof result.text).toBe("string");
            checkAnalysis(result.text, true);
          } else {
            expect(result.reason.length).toBeGreaterThan(0);
            expect(["binary", "decode"]).toContain(result.kind);
          }
        }),
        { numRuns: 100 },
      );
    });
  }

  it("valid UTF-8 text (with or without a BOM) decodes to itself in auto mode", () => {
    fc.assert(
      fc.property(japaneseText, fc.boolean(), (text, bom) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, "utf8")]);
        expect(decodeBytes(bytes, "auto")).toMatchObject({ ok: true, text });
      }),
      { numRuns: 200 },
    );
  });

  it("text with a UTF-16 BOM decodes to itself in auto mode, either byte order", () => {
    fc.assert(
      fc.property(japaneseText, fc.boolean(), (text, bigEndian) => {
        const body = Buffer.from(text, "utf16le");
        if (bigEndian) body.swap16();
        const bytes = Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
        expect(decodeBytes(bytes, "auto")).toMatchObject({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });

  it("Shift_JIS and EUC-JP text decodes to itself when the encoding is named", () => {
    fc.assert(
      fc.property(japaneseText, fc.constantFrom("shift_jis" as const, "euc-jp" as const), (text, encoding) => {
        expect(decodeBytes(encoders[encoding]!(text), encoding)).toMatchObject({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });
});

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("readInputs gives every document a row or an error", () => {
  it("standard input as text: exactly one item, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(noisyBytes(encoders["utf-8"]!), async (bytes) => {
        const items = await collect(readInputs([], { encoding: "auto", stdin: Readable.from([Buffer.from(bytes)]) }));
        expect(items).toHaveLength(1);
        const item = items[0]!;
        if (item.kind === "document") expect(item.id).toBe("-");
        else expect(item.error.where).toBe("-");
      }),
      { numRuns: 100 },
    );
  });

  it("standard input as JSONL: one item per non-blank line, in order, each a document or an error at -:line", async () => {
    const line = fc.oneof(
      fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: awkwardText }).map((r) => JSON.stringify(r)),
      fc.string({ maxLength: 30 }).filter((s) => !s.includes("\n")),
      fc.constantFrom("", "  ", "\r", "{}", "[]", "null", '{"id":"x"}', '{"text":"y"}', '{"id":null,"text":"z"}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), async (lines, eol) => {
        const text = lines.join(eol);
        const items = await collect(readInputs([], { encoding: "utf-8", inputFormat: "jsonl", stdin: Readable.from([Buffer.from(text)]) }));
        const expected = text
          .split("\n")
          .map((l, i) => ({ l: l.endsWith("\r") ? l.slice(0, -1) : l, n: i + 1 }))
          .filter(({ l }) => l.trim() !== "");
        // An undecodable stream (a stray control density) is one error for the whole input.
        if (items.length === 1 && items[0]!.kind === "error" && items[0]!.error.where === "-") return;
        expect(items).toHaveLength(expected.length);
        items.forEach((item, i) => {
          if (item.kind === "error") expect(item.error.where).toBe(`-:${expected[i]!.n}`);
          else expect(item.source).toBe(`-:${expected[i]!.n}`);
        });
      }),
      { numRuns: 100 },
    );
  });
});

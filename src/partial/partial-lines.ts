import type { ConceptCount } from "../concepts/count-concepts.js";
import type { ConceptInfo } from "../reduce/reduction.js";
import type { DocumentResult, DocumentTerm } from "../result/document-result.js";

/**
 * A partial file (`-f partial`): JSON lines. The first is a header (kouka's version, the
 * fingerprint of the dictionaries and counting options, the concepts); then one line per
 * document, each carrying the fingerprint, so lines can be concatenated, sorted or
 * shuffled and still be checked and merged. Counts are sparse (concepts with mentions
 * only) and keyed by concept id. No totals: every rate and score is made at merge.
 */
export interface PartialHeader {
  readonly version: string;
  readonly fingerprint: string;
  readonly concepts: readonly ConceptInfo[];
  /** What the fingerprint covers, for people reading a mismatch. */
  readonly settings: Readonly<Record<string, string | boolean | readonly string[]>>;
}

/** Marks a header line, with the format's version. */
const FORMAT = "kouka-partial/1";

export function headerLine(header: PartialHeader): string {
  const { version, fingerprint, concepts, settings } = header;
  return JSON.stringify({ format: FORMAT, version, fingerprint, concepts: concepts.map((c) => [c.id, c.label]), settings }) + "\n";
}

type EncodedTerm = [string, number, number[], ([string[], number][] | 0)?, [string, number][]?];

export function resultLine(fingerprint: string, r: DocumentResult): string {
  const concepts: Record<string, [number, readonly (readonly [string, number])[], readonly number[]]> = {};
  r.counts.forEach((c, i) => {
    if (c.count > 0) concepts[c.concept] = [c.count, c.variants, r.conceptSentences[i] ?? []];
  });
  const line: Record<string, unknown> = { fp: fingerprint, document: r.document };
  if (r.dir !== undefined) line["dir"] = r.dir;
  if (Object.keys(r.meta).length > 0) line["meta"] = r.meta;
  Object.assign(line, { chars: r.stats.chars, tokens: r.stats.tokens, sentences: r.stats.sentences, concepts });
  if (r.terms) line["terms"] = r.terms.map(encodeTerm);
  return JSON.stringify(line) + "\n";
}

/** [text, count, sentences, segmentations (0 when the text is one noun), concepts (left out when none)] */
function encodeTerm(t: DocumentTerm): EncodedTerm {
  const plain = t.segmentations.length === 1 && t.segmentations[0]![0].length === 1 && t.segmentations[0]![0][0] === t.text;
  const encoded: EncodedTerm = [t.text, t.count, [...t.sentences], plain ? 0 : t.segmentations.map(([p, n]): [string[], number] => [[...p], n])];
  if (t.concepts.length > 0) encoded.push(t.concepts.map(([c, n]): [string, number] => [c, n]));
  return encoded;
}

/** A line read back: a header, or a document still keyed by concept id (see `toResult`). */
export type PartialLine =
  | { readonly kind: "header"; readonly header: PartialHeader }
  | { readonly kind: "result"; readonly fingerprint: string; readonly line: EncodedResult };

export interface EncodedResult {
  readonly document: string;
  readonly dir?: string;
  readonly meta?: Record<string, string>;
  readonly chars: number;
  readonly tokens: number;
  readonly sentences: number;
  readonly concepts: Record<string, [number, [string, number][], number[]]>;
  readonly terms?: EncodedTerm[];
}

/** Parses one line; throws an Error saying what is wrong (the caller names the line). */
export function parsePartialLine(text: string): PartialLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`not a partial line (cut short?): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not a partial line: expected a JSON object");
  const o = value as Record<string, unknown>;
  if (o["format"] !== undefined) {
    if (o["format"] !== FORMAT) throw new Error(`not a partial header kouka can read: format '${String(o["format"])}'`);
    if (typeof o["fingerprint"] !== "string" || !Array.isArray(o["concepts"])) throw new Error("a partial header without fingerprint or concepts");
    const concepts = (o["concepts"] as unknown[]).map((c) => {
      if (!Array.isArray(c) || typeof c[0] !== "string" || typeof c[1] !== "string") throw new Error("a partial header with a bad concept");
      return { id: c[0], label: c[1] };
    });
    return {
      kind: "header",
      header: { version: String(o["version"]), fingerprint: o["fingerprint"], concepts, settings: (o["settings"] ?? {}) as PartialHeader["settings"] },
    };
  }
  if (typeof o["fp"] !== "string" || typeof o["document"] !== "string") throw new Error("not a partial line: no fingerprint or document");
  for (const key of ["chars", "tokens", "sentences"]) if (typeof o[key] !== "number") throw new Error(`a partial line without '${key}'`);
  if (typeof o["concepts"] !== "object" || o["concepts"] === null) throw new Error("a partial line without concepts");
  return { kind: "result", fingerprint: o["fp"], line: o as unknown as EncodedResult };
}

/** A document line as a result aligned with the header's concepts. */
export function toResult(line: EncodedResult, concepts: readonly ConceptInfo[]): DocumentResult {
  const known = new Set(concepts.map((c) => c.id));
  for (const id of Object.keys(line.concepts)) if (!known.has(id)) throw new Error(`concept '${id}' is not in the header`);
  const counts: ConceptCount[] = [];
  const conceptSentences: number[][] = [];
  for (const c of concepts) {
    const [count, variants, sentences] = line.concepts[c.id] ?? [0, [], []];
    counts.push({ concept: c.id, count, sentencesWith: sentences.length, variants });
    conceptSentences.push(sentences);
  }
  const result: DocumentResult = {
    document: line.document,
    ...(line.dir === undefined ? {} : { dir: line.dir }),
    meta: line.meta ?? {},
    stats: { chars: line.chars, tokens: line.tokens, sentences: line.sentences },
    counts,
    conceptSentences,
    ...(line.terms === undefined ? {} : { terms: line.terms.map(decodeTerm) }),
  };
  return result;
}

function decodeTerm([text, count, sentences, segmentations, concepts]: EncodedTerm): DocumentTerm {
  return {
    text,
    count,
    sentences,
    segmentations: segmentations === 0 || segmentations === undefined ? [[[text], count]] : segmentations,
    concepts: concepts ?? [],
  };
}

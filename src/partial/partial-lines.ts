import type { ConceptCount } from "../concepts/count-concepts.js";
import type { ConceptInfo } from "../reduce/reduction.js";
import type { DocumentResult, DocumentTerm } from "../result/document-result.js";

/**
 * A partial file (`-f partial`): JSON lines. The first is a header (kouka's version, the
 * fingerprint of the dictionaries and counting options, the concepts); then, per document,
 * a line of counts and a line of compound terms, each carrying the fingerprint and the
 * document, so lines can be concatenated, sorted or shuffled and still be checked and
 * merged. Terms are most of the bytes, so they have lines of their own: a merge that does
 * not need them skips those lines without parsing them. Counts are sparse (concepts with
 * mentions only) and keyed by concept id. No totals: every rate and score is made at merge.
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

/** Which lines a reduction reads: counts (`document` lines) or compound terms (`terms_of` lines). */
export type PartialPart = "counts" | "terms";

export function headerLine(header: PartialHeader): string {
  const { version, fingerprint, concepts, settings } = header;
  return JSON.stringify({ format: FORMAT, version, fingerprint, concepts: concepts.map((c) => [c.id, c.label]), settings }) + "\n";
}

type EncodedTerm = [string, number, number[], ([string[], number][] | 0)?, ([string, number][] | 0)?, [number, number, number]?];
type ConceptSentences = Record<string, readonly number[]>;

/** The lines of one document: its counts, and its terms when it has them. */
export function resultLines(fingerprint: string, r: DocumentResult): string {
  const concepts: Record<string, [number, readonly (readonly [string, number])[], readonly number[]]> = {};
  const sentences: ConceptSentences = {};
  r.counts.forEach((c, i) => {
    if (c.count === 0) return;
    concepts[c.concept] = [c.count, c.variants, r.conceptSentences[i] ?? []];
    sentences[c.concept] = r.conceptSentences[i] ?? [];
  });
  const line: Record<string, unknown> = { fp: fingerprint, document: r.document };
  if (r.dir !== undefined) line["dir"] = r.dir;
  if (Object.keys(r.meta).length > 0) line["meta"] = r.meta;
  Object.assign(line, { chars: r.stats.chars, tokens: r.stats.tokens, sentences: r.stats.sentences, concepts });
  const counts = JSON.stringify(line) + "\n";
  if (r.terms === undefined) return counts;
  // Suggestions pair terms with the sentences of each concept: those ride along (they are few).
  return counts + JSON.stringify({ fp: fingerprint, terms_of: r.document, concepts: sentences, terms: r.terms.map(encodeTerm) }) + "\n";
}

/** [text, count, sentences, segmentations (0 when the text is one noun), concepts (left out when none)] */
function encodeTerm(t: DocumentTerm): EncodedTerm {
  const plain = t.segmentations.length === 1 && t.segmentations[0]![0].length === 1 && t.segmentations[0]![0][0] === t.text;
  // The term's own arrays go in as they are: JSON.stringify only reads them.
  const encoded = [t.text, t.count, t.sentences, plain ? 0 : t.segmentations] as unknown as EncodedTerm;
  if (t.concepts.length > 0 || t.shape !== undefined) encoded.push(t.concepts.length > 0 ? (t.concepts as [string, number][]) : 0);
  if (t.shape !== undefined) encoded.push(t.shape as [number, number, number]);
  return encoded;
}

/** A line read back: a header, a document's counts or terms (still keyed by concept id), or a line of a part not asked for. */
export type PartialLine =
  | { readonly kind: "header"; readonly header: PartialHeader }
  | { readonly kind: "counts"; readonly fingerprint: string; readonly line: EncodedCounts }
  | { readonly kind: "terms"; readonly fingerprint: string; readonly line: EncodedTerms }
  | { readonly kind: "skipped"; readonly fingerprint: string };

export interface EncodedCounts {
  readonly document: string;
  readonly dir?: string;
  readonly meta?: Record<string, string>;
  readonly chars: number;
  readonly tokens: number;
  readonly sentences: number;
  readonly concepts: Record<string, [number, [string, number][], number[]]>;
}

export interface EncodedTerms {
  readonly terms_of: string;
  readonly concepts: Record<string, number[]>;
  readonly terms: EncodedTerm[];
}

/** How every document line starts: the kind is known before the line is parsed. */
const LINE_START = /^\{"fp":"([0-9a-f]+)","(document|terms_of)":/u;

/**
 * Parses one line; throws an Error saying what is wrong (the caller names the line). A
 * line of a part not in `parts` is only recognised, not parsed.
 */
export function parsePartialLine(text: string, parts: readonly PartialPart[] = ["counts", "terms"]): PartialLine {
  const start = LINE_START.exec(text);
  if (start) {
    const kind = start[2] === "document" ? "counts" : "terms";
    if (!parts.includes(kind)) return { kind: "skipped", fingerprint: start[1]! };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`not a partial line (cut short?): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not a partial line: expected a JSON object");
  const o = value as Record<string, unknown>;
  if (o["format"] !== undefined) return { kind: "header", header: parseHeader(o) };
  if (typeof o["fp"] !== "string") throw new Error("not a partial line: no fingerprint");
  if (typeof o["terms_of"] === "string") {
    if (!Array.isArray(o["terms"]) || typeof o["concepts"] !== "object" || o["concepts"] === null) throw new Error("a terms line without terms");
    return parts.includes("terms") ? { kind: "terms", fingerprint: o["fp"], line: o as unknown as EncodedTerms } : { kind: "skipped", fingerprint: o["fp"] };
  }
  if (typeof o["document"] !== "string") throw new Error("not a partial line: no document");
  for (const key of ["chars", "tokens", "sentences"]) if (typeof o[key] !== "number") throw new Error(`a partial line without '${key}'`);
  if (typeof o["concepts"] !== "object" || o["concepts"] === null) throw new Error("a partial line without concepts");
  return parts.includes("counts") ? { kind: "counts", fingerprint: o["fp"], line: o as unknown as EncodedCounts } : { kind: "skipped", fingerprint: o["fp"] };
}

function parseHeader(o: Record<string, unknown>): PartialHeader {
  if (o["format"] !== FORMAT) throw new Error(`not a partial header kouka can read: format '${String(o["format"])}'`);
  if (typeof o["fingerprint"] !== "string" || !Array.isArray(o["concepts"])) throw new Error("a partial header without fingerprint or concepts");
  const concepts = (o["concepts"] as unknown[]).map((c) => {
    if (!Array.isArray(c) || typeof c[0] !== "string" || typeof c[1] !== "string") throw new Error("a partial header with a bad concept");
    return { id: c[0], label: c[1] };
  });
  return { version: String(o["version"]), fingerprint: o["fingerprint"], concepts, settings: (o["settings"] ?? {}) as PartialHeader["settings"] };
}

function checkConcepts(ids: readonly string[], concepts: readonly ConceptInfo[]): void {
  for (const id of ids) if (!concepts.some((c) => c.id === id)) throw new Error(`concept '${id}' is not in the header`);
}

/** A counts line as a result aligned with the header's concepts (no terms). */
export function countsResult(line: EncodedCounts, concepts: readonly ConceptInfo[]): DocumentResult {
  checkConcepts(Object.keys(line.concepts), concepts);
  const counts: ConceptCount[] = [];
  const conceptSentences: number[][] = [];
  for (const c of concepts) {
    const [count, variants, sentences] = line.concepts[c.id] ?? [0, [], []];
    counts.push({ concept: c.id, count, sentencesWith: sentences.length, variants });
    conceptSentences.push(sentences);
  }
  return {
    document: line.document,
    ...(line.dir === undefined ? {} : { dir: line.dir }),
    meta: line.meta ?? {},
    stats: { chars: line.chars, tokens: line.tokens, sentences: line.sentences },
    counts,
    conceptSentences,
  };
}

/**
 * A terms line as a result for the term reduction: its terms and each concept's sentences;
 * the counts it does not carry are left at zero.
 */
export function termsResult(line: EncodedTerms, concepts: readonly ConceptInfo[]): DocumentResult {
  checkConcepts(Object.keys(line.concepts), concepts);
  return {
    document: line.terms_of,
    meta: {},
    stats: { chars: 0, tokens: 0, sentences: 0 },
    counts: concepts.map((c) => ({ concept: c.id, count: 0, sentencesWith: 0, variants: [] })),
    conceptSentences: concepts.map((c) => line.concepts[c.id] ?? []),
    terms: line.terms.map(decodeTerm),
  };
}

function decodeTerm([text, count, sentences, segmentations, concepts, shape]: EncodedTerm): DocumentTerm {
  return {
    ...(shape === undefined ? {} : { shape }),
    text,
    count,
    sentences,
    segmentations: segmentations === 0 || segmentations === undefined ? [[[text], count]] : segmentations,
    concepts: concepts === 0 || concepts === undefined ? [] : concepts,
  };
}

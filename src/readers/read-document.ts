import type { PieceMapData } from "../text/piece-map.js";

/**
 * What a reader makes of a file (or of one record in it): the text to analyse, where
 * that text is written in the file, and the record's metadata. Nothing after the
 * readers knows which format a document came from.
 */
export interface ReadDocument {
  readonly text: string;
  /** Where `text` is written; absent when `text` is the file itself, as written. */
  readonly origin?: TextOrigin;
  /** A record's id as written (JSONL, CSV); absent for a whole file or a record without one. */
  readonly key?: string;
  /**
   * A record's fields other than its text and id (all of them: `--by FIELD` reads any,
   * `--meta` picks columns, partials carry them); absent for a whole file.
   */
  readonly meta?: Meta;
}

/** A record's fields by name: strings as they are, numbers with their digits as written, other JSON as written. */
export type Meta = Readonly<Record<string, string>>;

/**
 * The text a document was read from and the map into it: the whole file for HTML and
 * Markdown, a record's own lines for JSONL and CSV. Plain data, so it can go to a worker.
 */
export interface TextOrigin {
  readonly raw: string;
  /** The 1-based line of the file where `raw` starts (it always starts a line). */
  readonly line: number;
  readonly map: PieceMapData;
}

/**
 * One unit a reader yields: a document, or what could not be read: the file (`binary`,
 * `decode`), or one record of it (`record`, at a 1-based line of the file).
 */
export type ReadItem =
  | { readonly kind: "document"; readonly document: ReadDocument; readonly line?: number }
  | { readonly kind: "error"; readonly line?: number; readonly message: string; readonly cause?: "binary" | "decode" | "record" };

import type { DocumentAnalysis } from "../pipeline.js";
import type { TextOrigin } from "../readers/read-document.js";
import { createLocator, type Position } from "../text/locate-position.js";
import { pieceMap } from "../text/piece-map.js";
import type { Row } from "./row.js";

/** A mention where the user can check it: 1-based line/column (code points) in the original input. */
export interface MentionRecord {
  readonly line: number;
  readonly column: number;
  readonly concept: string;
  readonly term: string;
  /** The evidence as written in the input (a hard wrap inside it shows as it was). */
  readonly matched: string;
  readonly left: string;
  readonly right: string;
}

export const mentionColumns = ["document", "line", "column", "concept", "term", "matched", "left", "right"];

/**
 * The concordance (KWIC): each mention with its place in the original input. `matched`
 * and the context come from the document's text; line and column from the file as
 * written, through `origin` when a reader made the text from it (HTML, Markdown, records).
 */
export function locateMentions(analysis: DocumentAnalysis, width: number, concept?: string, origin?: TextOrigin): MentionRecord[] {
  const locate = origin ? locateInOrigin(origin) : createLocator(analysis.source);
  const { source, map } = analysis;
  return analysis.mentions
    .filter((m) => concept === undefined || m.concept === concept)
    .map((m) => {
      const start = map.toSource(m.start);
      const end = map.toSourceEnd(m.end);
      return {
        ...locate(start),
        concept: m.concept,
        term: m.term,
        matched: source.slice(start, end),
        left: context(source.slice(Math.max(0, start - width * 2), start), width, "left"),
        right: context(source.slice(end, end + width * 2), width, "right"),
      };
    });
}

export function mentionRows(document: string, analysis: DocumentAnalysis, width: number, concept?: string, origin?: TextOrigin): Row[] {
  return locateMentions(analysis, width, concept, origin).map((m) => ({ document, ...m }));
}

/** Line and column in the file of a position in a reader's text. */
function locateInOrigin(origin: TextOrigin): (offset: number) => Position {
  const map = pieceMap(origin.map);
  const locate = createLocator(origin.raw);
  return (offset) => {
    const { line, column } = locate(map.toSource(offset));
    return { line: line + origin.line - 1, column };
  };
}

/** About `width` code points next to the mention, line breaks shown as one space. */
function context(text: string, width: number, side: "left" | "right"): string {
  const chars = Array.from(text.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, " "));
  return (side === "left" ? chars.slice(-width) : chars.slice(0, width)).join("");
}

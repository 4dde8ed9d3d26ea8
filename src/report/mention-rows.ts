import type { DocumentAnalysis } from "../pipeline.js";
import { createLocator } from "../text/locate-position.js";
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

/** The concordance (KWIC): each mention with its place in the original input. */
export function locateMentions(analysis: DocumentAnalysis, width: number, concept?: string): MentionRecord[] {
  const locate = createLocator(analysis.source);
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

export function mentionRows(document: string, analysis: DocumentAnalysis, width: number, concept?: string): Row[] {
  return locateMentions(analysis, width, concept).map((m) => ({ document, ...m }));
}

/** About `width` code points next to the mention, line breaks shown as one space. */
function context(text: string, width: number, side: "left" | "right"): string {
  const chars = Array.from(text.replace(/\s*[\r\n]+\s*/gu, " "));
  return (side === "left" ? chars.slice(-width) : chars.slice(0, width)).join("");
}

import type { Compound } from "../compound/compound.js";
import type { DocumentAnalysis } from "../pipeline.js";
import { createLocator } from "../text/locate-position.js";
import type { TermPlace } from "./suggest-terms.js";

/** Where each unit starts in the original input (1-based line and column, code points). */
export function locateTerms(analysis: Pick<DocumentAnalysis, "source" | "map" | "tokens">, compounds: readonly Compound[]): TermPlace[] {
  const locate = createLocator(analysis.source);
  return compounds.map((c) => locate(analysis.map.toSource(analysis.tokens[c.from]!.start)));
}

import { describe, expect, it } from "vitest";
import { checkConceptIds, RESERVED_COLUMNS } from "../../src/dictionary/check-concept-ids.js";
import type { Dictionary } from "../../src/dictionary/dictionary.js";

const dictionary = (...ids: string[]): Dictionary => ({
  concepts: ids.map((id, i) => ({ id, file: "d.yaml", line: 2 + i * 4, label: id, description: "", terms: [] })),
});

describe("checkConceptIds", () => {
  it("every fixed column of the wide report is reserved", () => {
    expect(RESERVED_COLUMNS).toEqual(expect.arrayContaining(["document", "chars", "tokens", "sentences"]));
    expect(checkConceptIds(dictionary("scale", "document", "tokens")).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      "d.yaml:6: concept id 'document' is also the name of an output column; choose another id",
      "d.yaml:10: concept id 'tokens' is also the name of an output column; choose another id",
    ]);
  });

  it("extra columns (--meta fields) are reserved too, and said so", () => {
    expect(checkConceptIds(dictionary("source", "scale"), ["date", "source"]).map((p) => p.message)).toEqual([
      "concept id 'source' is also the name of an output column (a --meta field); choose another id",
    ]);
  });
});

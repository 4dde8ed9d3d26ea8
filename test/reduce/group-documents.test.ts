import { describe, expect, it } from "vitest";
import { KoukaError } from "../../src/errors.js";
import { createGrouping, parseGroupFields } from "../../src/reduce/group-documents.js";
import type { DocumentResult } from "../../src/result/document-result.js";

const doc = (meta: Record<string, string>, dir?: string): DocumentResult => ({
  document: "x",
  ...(dir === undefined ? {} : { dir }),
  meta,
  stats: { chars: 0, tokens: 0, sentences: 0 },
  counts: [],
  conceptSentences: [],
});

describe("parseGroupFields", () => {
  it("reads one or two fields with optional periods", () => {
    expect(parseGroupFields("date:month")).toEqual([{ field: "date", period: "month" }]);
    expect(parseGroupFields("outlet,date:year")).toEqual([{ field: "outlet" }, { field: "date", period: "year" }]);
  });

  it.each(["a,b,c", "date:week", "date:month:x", ",", "a,a"])("rejects %j", (spec) => {
    expect(() => parseGroupFields(spec)).toThrow(KoukaError);
  });
});

describe("createGrouping", () => {
  it("orders dates in time, fills empty periods, and puts (invalid) and (none) last", () => {
    const g = createGrouping([{ field: "date", period: "month" }]);
    for (const meta of [{ date: "2024/3/5" }, { date: "2024年1月9日" }, { date: "2023-12-31" }, { date: "soon" }, {}, { date: "" }]) g.keyOf(doc(meta));
    expect(g.keys()).toEqual([["2023-12"], ["2024-01"], ["2024-02"], ["2024-03"], ["(invalid)"], ["(none)"]]);
    expect(g.notes()).toEqual([
      "--by date: 2 documents without 'date' in group (none)",
      "--by date: 1 document with a 'date' that is not a date (such as 'soon') in group (invalid)",
    ]);
  });

  it("sorts other values by code point", () => {
    const g = createGrouping([{ field: "outlet" }]);
    for (const outlet of ["日経", "Nikkei", "東洋経済", "nikkei"]) g.keyOf(doc({ outlet }));
    expect(g.keys()).toEqual([["Nikkei"], ["nikkei"], ["日経"], ["東洋経済"]]);
    expect(g.notes()).toEqual([]);
  });

  it("groups by folder with dir", () => {
    const g = createGrouping([{ field: "dir" }]);
    expect(g.keyOf(doc({}, "corpus/a"))).toEqual(["corpus/a"]);
    expect(g.keyOf(doc({}))).toEqual(["(none)"]);
  });

  it("gives every seen value of the other field the whole date range", () => {
    const g = createGrouping([{ field: "outlet" }, { field: "date", period: "year" }]);
    g.keyOf(doc({ outlet: "B", date: "2020-01-01" }));
    g.keyOf(doc({ outlet: "A", date: "2022-06-01" }));
    g.keyOf(doc({ outlet: "A" }));
    expect(g.keys()).toEqual([
      ["A", "2020"],
      ["A", "2021"],
      ["A", "2022"],
      ["A", "(none)"],
      ["B", "2020"],
      ["B", "2021"],
      ["B", "2022"],
    ]);
  });

  it("keeps only seen pairs of two plain fields", () => {
    const g = createGrouping([{ field: "a" }, { field: "b" }]);
    g.keyOf(doc({ a: "2", b: "x" }));
    g.keyOf(doc({ a: "1", b: "y" }));
    expect(g.keys()).toEqual([
      ["1", "y"],
      ["2", "x"],
    ]);
  });
});

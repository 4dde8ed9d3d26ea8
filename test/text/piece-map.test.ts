import { describe, expect, it } from "vitest";
import { PieceTextBuilder, pieceMap } from "../../src/text/piece-map.js";

describe("PieceTextBuilder / pieceMap", () => {
  const input = "<p>規模&amp;の</p><b>経済</b>";
  const build = () => {
    const out = new PieceTextBuilder();
    out.separate("\n", 0); // nothing before: never written
    out.copy("規模", 3);
    out.insert("&", 5, 10);
    out.copy("の", 10);
    out.separate("\n", 15);
    out.separate("\n\n", 15); // the longest separator wins
    out.copy("経済", 18);
    out.separate("\n", 28); // nothing after: never written
    return out.finish();
  };

  it("assembles the text; separators only between pieces", () => {
    expect(build().text).toBe("規模&の\n\n経済");
  });

  it("maps starts and ends back, a replaced piece as a whole", () => {
    const { text, map } = build();
    const m = pieceMap(map);
    const raw = (needle: string) => {
      const at = text.indexOf(needle);
      return input.slice(m.toSource(at), m.toSourceEnd(at + needle.length));
    };
    expect(raw("規模")).toBe("規模");
    expect(raw("&")).toBe("&amp;");
    expect(raw("模&の")).toBe("模&amp;の");
    expect(raw("経済")).toBe("経済");
    expect(m.toSource(text.length)).toBe(20);
  });

  it("maps pieces taken out of order (a title put first)", () => {
    const out = new PieceTextBuilder();
    out.copy("title", 10);
    out.copy("body", 0);
    const m = pieceMap(out.finish().map);
    expect([m.toSource(0), m.toSource(5), m.toSourceEnd(5), m.toSourceEnd(9)]).toEqual([10, 0, 15, 4]);
  });

  it("maps an empty text to 0", () => {
    expect(pieceMap(new PieceTextBuilder().finish().map).toSource(0)).toBe(0);
  });
});

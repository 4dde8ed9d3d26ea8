import { describe, expect, it } from "vitest";
import { groupReduction } from "../../src/reduce/group-rows.js";
import { CONCEPTS, result } from "./fixtures.js";

const docs = [
  result("a", 200, [[0, 1], [], [2]], { date: "2024-01-15" }),
  result("b", 300, [[0], [1], []], { date: "2024/3/2" }),
  result("c", 100, [[], [], []], {}),
  result("d", 500, [[], [4], []], { date: "2024年1月31日" }),
];

describe("groupReduction", () => {
  it("sums counts per group, with rates over the group's tokens and empty months as zero rows", () => {
    const r = groupReduction(CONCEPTS, [{ field: "date", period: "month" }]);
    for (const d of docs) r.add(d);
    expect(r.columns).toEqual(["date", "documents", "chars", "tokens", "scale", "network", "scope", "scale_per_1k", "network_per_1k", "scope_per_1k"]);
    expect(r.finish()).toEqual([
      { date: "2024-01", documents: 2, chars: 1400, tokens: 700, scale: 2, network: 1, scope: 1, scale_per_1k: 2.86, network_per_1k: 1.43, scope_per_1k: 1.43 },
      { date: "2024-02", documents: 0, chars: 0, tokens: 0, scale: 0, network: 0, scope: 0, scale_per_1k: 0, network_per_1k: 0, scope_per_1k: 0 },
      { date: "2024-03", documents: 1, chars: 600, tokens: 300, scale: 1, network: 1, scope: 0, scale_per_1k: 3.33, network_per_1k: 3.33, scope_per_1k: 0 },
      { date: "(none)", documents: 1, chars: 200, tokens: 100, scale: 0, network: 0, scope: 0, scale_per_1k: 0, network_per_1k: 0, scope_per_1k: 0 },
    ]);
    expect(r.notes()).toEqual(["--by date: 1 document without 'date' in group (none)"]);
  });

  it("gives a row per group and concept with --long", () => {
    const r = groupReduction(CONCEPTS, [{ field: "date", period: "year" }], { long: true });
    for (const d of docs.slice(0, 2)) r.add(d);
    expect(r.columns).toEqual(["date", "concept", "label", "documents", "count", "per_1k_tokens", "sentences_with", "variants"]);
    expect(r.finish()).toEqual([
      { date: "2024", concept: "scale", label: "規模の経済", documents: 2, count: 3, per_1k_tokens: 6, sentences_with: 3, variants: "規模の経済:3" },
      { date: "2024", concept: "network", label: "ネットワーク効果", documents: 1, count: 1, per_1k_tokens: 2, sentences_with: 1, variants: "ネットワーク効果:1" },
      { date: "2024", concept: "scope", label: "範囲の経済", documents: 1, count: 1, per_1k_tokens: 2, sentences_with: 1, variants: "範囲の経済:1" },
    ]);
  });
});

import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { countDevset, DEVSET_FOLDER, readManifest, type DevsetRow } from "../../scripts/eval-devset.js";
import { evaluate } from "../../scripts/eval-score.js";
import { loadResources } from "../../src/resources.js";

/** Issue 11's targets on the dev set, kept: what `npm run eval` prints, asserted. */
let rows: DevsetRow[];
let concepts: string[];
beforeAll(async () => {
  const resources = await loadResources();
  concepts = resources.dictionary.concepts.map((c) => c.id);
  rows = countDevset(resources);
});

describe("the dev set", () => {
  it("has at least 40 excerpts of at most 300 characters, each a file named in the manifest", () => {
    const manifest = readManifest();
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
    expect(readdirSync(path.join(DEVSET_FOLDER, "texts")).map((f) => `texts/${f}`).sort()).toEqual(manifest.map((e) => e.file).sort());
    for (const row of rows) expect(Array.from(row.text).length, row.entry.file).toBeLessThanOrEqual(300);
    expect(new Set(manifest.map((e) => e.split))).toEqual(new Set(["dev", "heldout", "fresh"]));
  });

  const scores = (split: (s: string) => boolean) => {
    const chosen = rows.filter((r) => split(r.entry.split));
    return {
      kouka: evaluate(chosen.map((r) => ({ found: r.kouka, expected: r.entry.counts })), concepts),
      substring: evaluate(chosen.map((r) => ({ found: r.substring, expected: r.entry.counts })), concepts),
    };
  };

  it("dev and heldout (issue 11's set): kouka's micro F1 is at least 0.99, and on every concept at least the substring count's", () => {
    const { kouka, substring } = scores((s) => s === "dev" || s === "heldout");
    expect(kouka.micro.f1).toBeGreaterThanOrEqual(0.99);
    for (const c of concepts) expect(kouka.concepts.get(c)!.f1, c).toBeGreaterThanOrEqual(substring.concepts.get(c)!.f1);
  });

  it("fresh (counted after every rule was written, never tuned on): kouka's micro F1 above the substring count's, and over all texts on every concept", () => {
    const fresh = scores((s) => s === "fresh");
    expect(fresh.kouka.micro.f1).toBeGreaterThan(fresh.substring.micro.f1);
    const all = scores(() => true);
    for (const c of concepts) expect(all.kouka.concepts.get(c)!.f1, c).toBeGreaterThan(all.substring.concepts.get(c)!.f1);
  });
});

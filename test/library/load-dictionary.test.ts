import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KoukaError, loadDictionary } from "../../src/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "kouka-load-dictionary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadDictionary", () => {
  it("reads a dictionary's concepts and term spellings, with where each is defined", async () => {
    const file = path.join(dir, "good.yaml");
    writeFileSync(file, "concepts:\n  - id: lockin\n    label: ロックイン効果\n    description: d\n    terms:\n      - ロックイン{効果|現象}\n");
    const dictionary = await loadDictionary(file);
    expect(dictionary.concepts).toHaveLength(1);
    expect(dictionary.concepts[0]).toMatchObject({ id: "lockin", label: "ロックイン効果", file, line: 2 });
    expect(dictionary.concepts[0]!.terms.map((t) => t.text)).toEqual(["ロックイン効果", "ロックイン現象"]);
  });

  it("a missing file: DICT_INVALID naming it", async () => {
    const file = path.join(dir, "nope.yaml");
    await expect(loadDictionary(file)).rejects.toBeInstanceOf(KoukaError);
    await expect(loadDictionary(file)).rejects.toMatchObject({ code: "DICT_INVALID", where: file, message: `${file}: cannot read the dictionary: no such file or directory` });
  });

  it("a malformed file: DICT_INVALID naming file:line, and how many more problems there are", async () => {
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, "concepts:\n  - id: a\n    label: a\n    description: a\n    terms: []\n    colour: red\n");
    const error = (await loadDictionary(file).catch((e: unknown) => e)) as KoukaError;
    expect(error).toBeInstanceOf(KoukaError);
    expect(error.code).toBe("DICT_INVALID");
    expect(error.where).toMatch(new RegExp(`^${file.replace(/[.]/g, "\\.")}:\\d+$`));
    expect(error.message.startsWith(`${error.where}: `)).toBe(true);
  });
});

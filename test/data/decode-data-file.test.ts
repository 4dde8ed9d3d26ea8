import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeDataFile } from "../../src/data/decode-data-file.js";
import { KoukaError } from "../../src/errors.js";

const iconv = (text: string, to: string): Buffer => spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: text }).stdout;
const DICT = "concepts:\n  - id: kibo\n    label: 規模\n    terms: [規模の経済]\n";

function failure(bytes: Uint8Array): string {
  try {
    decodeDataFile(bytes, "d.yaml");
  } catch (e) {
    expect(e).toBeInstanceOf(KoukaError);
    expect((e as KoukaError).code).toBe("DICT_INVALID");
    return (e as KoukaError).describe();
  }
  throw new Error("no error");
}

describe("data files are UTF-8", () => {
  it("UTF-8, with or without a BOM", () => {
    expect(decodeDataFile(Buffer.from(DICT), "d.yaml")).toBe(DICT);
    expect(decodeDataFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DICT)]), "d.yaml")).toBe(DICT);
  });

  it("the repro: a Shift_JIS dictionary is `file:line: not UTF-8` at its first Japanese line", () => {
    expect(failure(iconv(DICT, "SHIFT_JIS"))).toBe("d.yaml:3: not UTF-8 (save the file as UTF-8)");
  });

  it("variants: EUC-JP, UTF-16 with a BOM, Latin-1", () => {
    expect(failure(iconv(DICT, "EUC-JP"))).toBe("d.yaml:3: not UTF-8 (save the file as UTF-8)");
    expect(failure(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DICT, "utf16le")]))).toMatch(/^d\.yaml:1: not UTF-8/);
    expect(failure(Buffer.from("concepts: []\n# café\n", "latin1"))).toMatch(/^d\.yaml:2: not UTF-8/);
  });
});

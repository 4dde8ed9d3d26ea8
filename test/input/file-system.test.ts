import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { READ_AT_ONCE_UP_TO, readSmallFile } from "../../src/input/file-system.js";
import { tempFolder } from "../cli/temp-folder.js";

const temp = tempFolder("kouka-small-");

describe("readSmallFile", () => {
  it("gives a small file's bytes, an empty file's none, and one at the limit whole", () => {
    const bytes = new Uint8Array([0xe8, 0xa6, 0x8f, 0x0a, 0x00, 0xff]);
    expect(Buffer.from(readSmallFile(temp.put("small.txt", bytes))!)).toEqual(Buffer.from(bytes));
    expect(readSmallFile(temp.put("empty.txt", ""))!.length).toBe(0);
    expect(readSmallFile(temp.put("limit.txt", "x".repeat(READ_AT_ONCE_UP_TO)))!.length).toBe(READ_AT_ONCE_UP_TO);
  });

  it("leaves a bigger file, a folder and a FIFO with no writer to the caller (undefined, never blocks)", () => {
    expect(readSmallFile(temp.put("big.txt", "x".repeat(READ_AT_ONCE_UP_TO + 1)))).toBeUndefined();
    const folder = path.join(temp.dir, "folder.txt");
    mkdirSync(folder);
    expect(readSmallFile(folder)).toBeUndefined();
    const fifo = path.join(temp.dir, "fifo.txt");
    execFileSync("mkfifo", [fifo]);
    expect(readSmallFile(fifo)).toBeUndefined();
  });

  it("throws what fs throws for a missing file", () => {
    expect(() => readSmallFile(path.join(temp.dir, "missing.txt"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
    writeFileSync(path.join(temp.dir, "x.txt"), "x");
    expect(() => readSmallFile(path.join(temp.dir, "x.txt", "below"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
  });
});

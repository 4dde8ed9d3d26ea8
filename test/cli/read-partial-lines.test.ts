import { describe, expect, it } from "vitest";
import { readPartialLines } from "../../src/cli/read-partial-lines.js";

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === "string" ? new TextEncoder().encode(p) : p;
}

async function lines(...parts: (string | Uint8Array)[]): Promise<{ where: string; text: string }[]> {
  const out: { where: string; text: string }[] = [];
  for await (const item of readPartialLines(["-"], chunks(...parts))) {
    if ("error" in item) throw item.error;
    out.push(item);
  }
  return out;
}

describe("readPartialLines", () => {
  it("gives each line with its place, whatever the chunks cut", async () => {
    expect(await lines('{"a":1}\n{"b":', '2}\n', "{", '"c":3}')).toEqual([
      { where: "-:1", text: '{"a":1}' },
      { where: "-:2", text: '{"b":2}' },
      { where: "-:3", text: '{"c":3}' },
    ]);
  });

  it("decodes a character cut between chunks as one", async () => {
    const bytes = new TextEncoder().encode('{"t":"規模"}\n');
    expect(await lines(bytes.subarray(0, 8), bytes.subarray(8))).toEqual([{ where: "-:1", text: '{"t":"規模"}' }]);
  });

  it("drops a byte order mark that starts the input, and keeps one anywhere else", async () => {
    expect((await lines("\uFEFF{}\n\uFEFF{}\n")).map((l) => l.text)).toEqual(["{}", "\uFEFF{}"]);
  });

  it("turns invalid UTF-8 into U+FFFD within its own line", async () => {
    expect((await lines(new Uint8Array([0x7b, 0xe8, 0x0a, 0x7d]))).map((l) => l.text)).toEqual(["{\uFFFD", "}"]);
  });
});

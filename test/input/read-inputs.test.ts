import Encoding from "encoding-japanese";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputItem, readInputs, type ReadInputsOptions, usesStdin } from "../../src/input/read-inputs.js";
import { describeFsError } from "../../src/input/list-folder.js";
import { compareCodePoints } from "../../src/text/compare-code-points.js";

const SENTENCE = "規模の経済とネットワーク効果が働く。";
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "kouka-read-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes files (string = UTF-8, bytes as they are) under a fresh folder and returns its path. */
async function makeTree(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const root = path.join(tmp, name);
  await mkdir(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

async function collect(paths: readonly string[], options: Partial<ReadInputsOptions> = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, { encoding: "auto", ...options })) items.push(item);
  return items;
}

/** Items as plain data, so a whole stream is one readable expectation. */
function summary(items: InputItem[]): unknown[] {
  return items.map((item) =>
    item.kind === "document"
      ? { id: item.id, text: item.text, source: item.source }
      : { code: item.error.code, where: item.error.where, message: item.error.message },
  );
}

function stdinOf(text: string | Uint8Array): AsyncIterable<Uint8Array> {
  return Readable.from([typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text)]);
}

describe("readInputs: files", () => {
  it("reads a named file whatever its extension, with the path as given as id", async () => {
    const root = await makeTree("named", { "article.doc": SENTENCE, "empty.txt": "", "page.html": `<p>${SENTENCE}</p>` });
    const rel = path.relative(process.cwd(), root);
    const items = await collect([`${rel}/article.doc`, path.join(root, "empty.txt"), `${rel}/page.html`]);
    expect(summary(items)).toEqual([
      { id: `${rel}/article.doc`, text: SENTENCE, source: `${rel}/article.doc` },
      { id: path.join(root, "empty.txt"), text: "", source: path.join(root, "empty.txt") },
      { id: `${rel}/page.html`, text: SENTENCE, source: `${rel}/page.html` },
    ]);
  });

  it("reads named files in the --input-format given, whatever their extension", async () => {
    const root = await makeTree("forced", { "page.txt": `<p>${SENTENCE}</p>`, "feed.log": '{"id":"k","text":"t"}\n' });
    const html = await collect([path.join(root, "page.txt")], { inputFormat: "html" });
    expect(summary(html)).toEqual([{ id: path.join(root, "page.txt"), text: SENTENCE, source: path.join(root, "page.txt") }]);
    const jsonl = await collect([path.join(root, "feed.log")], { inputFormat: "jsonl" });
    expect(summary(jsonl)).toEqual([{ id: `${path.join(root, "feed.log")}#k`, text: "t", source: `${path.join(root, "feed.log")}:1` }]);
  });

  it("decodes Shift_JIS and EUC-JP files", async () => {
    const root = await makeTree("japanese", {
      "sjis.txt": Uint8Array.from(Encoding.convert(SENTENCE, { to: "SJIS", from: "UNICODE", type: "array" })),
      "euc.txt": Uint8Array.from(Encoding.convert(SENTENCE, { to: "EUCJP", from: "UNICODE", type: "array" })),
    });
    const items = await collect([root]);
    expect(items.map((i) => (i.kind === "document" ? i.text : i.error.code))).toEqual([SENTENCE, SENTENCE]);
  });

  it("names a missing path", async () => {
    const missing = path.join(tmp, "no-such-dir", "x.txt");
    expect(summary(await collect([missing]))).toEqual([
      { code: "INPUT_NOT_FOUND", where: missing, message: "no such file or directory" },
    ]);
  });

  it("reports binary and undecodable files and goes on", async () => {
    const root = await makeTree("bad", {
      "a.txt": Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]),
      "b.txt": Buffer.concat([Buffer.from("abc"), Buffer.from([0xa0]), Buffer.from("def")]),
      "c.txt": "ok",
    });
    expect(summary(await collect([root]))).toEqual([
      { code: "INPUT_BINARY", where: `${root}/a.txt`, message: "not a text file (binary data)" },
      { code: "INPUT_DECODE", where: `${root}/b.txt`, message: "cannot decode as UTF-8, Shift_JIS or EUC-JP" },
      { id: `${root}/c.txt`, text: "ok", source: `${root}/c.txt` },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file", async () => {
    const root = await makeTree("locked", { "secret.txt": "x" });
    await chmod(path.join(root, "secret.txt"), 0o000);
    expect(summary(await collect([path.join(root, "secret.txt")]))).toEqual([
      { code: "INPUT_UNREADABLE", where: path.join(root, "secret.txt"), message: "permission denied" },
    ]);
  });
});

describe("readInputs: folders", () => {
  it("walks recursively, sorted by relative path, skipping hidden entries and other extensions", async () => {
    const root = await makeTree("corpus", {
      "010_cloud.txt": "cloud",
      "002_retail.md": "retail",
      "sub/001_deep.TXT": "deep",
      "sub/zz.Md": "zz",
      "Z_upper.txt": "upper",
      "規模.txt": "kanji",
      "notes.pdf": "ignored",
      "image.png": "ignored",
      "scan.PNG": "ignored",
      "README": "ignored",
      ".hidden.txt": "ignored",
      ".git/HEAD.txt": "ignored",
      "sub/.draft/x.txt": "ignored",
    });
    const notices: string[] = [];
    const ids = (await collect([`${root}/`], { notice: (m) => notices.push(m) })).map((i) => (i.kind === "document" ? i.id : i.error.describe()));
    expect(ids).toEqual(
      ["002_retail.md", "010_cloud.txt", "Z_upper.txt", "sub/001_deep.TXT", "sub/zz.Md", "規模.txt"].map((r) => `${root}/${r}`),
    );
    // Hidden entries are not counted as skipped: only files a user would expect to be read.
    expect(notices).toEqual([`${root}/: skipped 4 files with other extensions (.png 2, .pdf 1, no extension 1)`]);
  });

  it("reads every format a folder scan knows, by extension, and says nothing when nothing is skipped", async () => {
    const root = await makeTree("formats", {
      "a.txt": "text",
      "b.md": "# markdown",
      "c.markdown": "*more*",
      "d.html": "<p>html</p>",
      "e.HTM": "<p>htm</p>",
      "f.jsonl": '{"text":"jsonl"}',
      "g.ndjson": '{"text":"ndjson"}',
      "h.csv": "text\ncsv\n",
      "i.tsv": "id\ttext\nt1\ttsv\n",
    });
    const notices: string[] = [];
    const items = summary(await collect([root], { notice: (m) => notices.push(m) }));
    expect(items.map((i) => (i as { text: string }).text)).toEqual(["text", "markdown", "more", "html", "htm", "jsonl", "ndjson", "csv", "tsv"]);
    expect(items.map((i) => (i as { id: string }).id.slice(root.length + 1))).toEqual(["a.txt", "b.md", "c.markdown", "d.html", "e.HTM", "f.jsonl#1", "g.ndjson#1", "h.csv#1", "i.tsv#t1"]);
    expect(notices).toEqual([]);
  });

  it("keeps a relative folder path relative and does not double the slash", async () => {
    const root = await makeTree("relative", { "a.txt": "a" });
    const rel = path.relative(process.cwd(), root);
    const withSlash = await collect([`${rel}/`]);
    const without = await collect([rel]);
    expect(withSlash.map((i) => i.kind === "document" && i.id)).toEqual([`${rel}/a.txt`]);
    expect(without.map((i) => i.kind === "document" && i.id)).toEqual([`${rel}/a.txt`]);
  });

  it("does not follow symlinked folders without --follow, and says so; follows symlinked files", async () => {
    const outside = await makeTree("outside", { "shared.txt": "shared" });
    const root = await makeTree("linked", { "a.txt": "a", "sub/b.txt": "b" });
    await symlink(outside, path.join(root, "ext"));
    await symlink("..", path.join(root, "sub", "loop")); // points back at root
    await symlink(path.join(root, "sub"), path.join(root, "sub", "self"));
    await symlink(path.join(root, "missing.txt"), path.join(root, "dangling.txt"));
    await symlink(path.join(outside, "shared.txt"), path.join(root, "link.txt"));
    const notices: string[] = [];
    const items = summary(await collect([root], { notice: (m) => notices.push(m) }));
    expect(items).toEqual([
      { id: `${root}/a.txt`, text: "a", source: `${root}/a.txt` },
      { code: "INPUT_NOT_FOUND", where: `${root}/dangling.txt`, message: "no such file or directory" },
      { id: `${root}/link.txt`, text: "shared", source: `${root}/link.txt` },
      { id: `${root}/sub/b.txt`, text: "b", source: `${root}/sub/b.txt` },
    ]);
    expect(notices).toEqual([`${root}: skipped 3 symbolic links to folders (--follow reads them)`]);
  });

  it("issue 19 item 3: folder/up -> .. does not walk the parent", async () => {
    const parent = await makeTree("updir", { "big.txt": "parent", "folder/one.txt": "one" });
    await symlink("..", path.join(parent, "folder", "up"));
    const items = summary(await collect([path.join(parent, "folder")]));
    expect(items).toEqual([{ id: path.join(parent, "folder", "one.txt"), text: "one", source: path.join(parent, "folder", "one.txt") }]);
  });

  it("with --follow, follows symlinked folders and reads each real file once (mutual links, loops)", async () => {
    const outside = await makeTree("outside2", { "shared.txt": "shared" });
    const root = await makeTree("mutual", { "a/x.txt": "x", "b/y.txt": "y" });
    await symlink(path.join(root, "b"), path.join(root, "a", "to-b"));
    await symlink(path.join(root, "a"), path.join(root, "b", "to-a"));
    await symlink("..", path.join(root, "a", "up"));
    await symlink(outside, path.join(root, "ext"));
    await symlink(path.join(root, "a", "x.txt"), path.join(root, "x-again.txt"));
    const items = summary(await collect([root], { follow: true }));
    // Real names win over link names; a file outside the folder is read through its link.
    expect(items).toEqual([
      { id: `${root}/a/x.txt`, text: "x", source: `${root}/a/x.txt` },
      { id: `${root}/b/y.txt`, text: "y", source: `${root}/b/y.txt` },
      { id: `${root}/ext/shared.txt`, text: "shared", source: `${root}/ext/shared.txt` },
    ]);
  });

  it("reports a folder without input files", async () => {
    const root = await makeTree("nothing", { "data.xlsx": "x", ".hidden.txt": "x", "deeper/readme.rst": "x" });
    expect(summary(await collect([root]))).toEqual([
      { code: "INPUT_EMPTY_DIR", where: root, message: "no .txt, .md, .markdown, .html, .htm, .jsonl, .ndjson, .csv, .tsv files (skipped 2 files with other extensions (.rst 1, .xlsx 1))" },
    ]);
  });

  it("reads small files at once as the consumer pulls, none ahead", async () => {
    const root = await makeTree("at-once", { "1.txt": "one", "2.txt": "two" });
    const items = readInputs([root], { encoding: "auto" });
    expect((await items.next()).value).toMatchObject({ kind: "document", text: "one" });
    await rm(path.join(root, "2.txt"));
    expect((await items.next()).value).toMatchObject({ kind: "error", error: { code: "INPUT_NOT_FOUND" } });
  });

  it("after a slow read (here: from the start), reads one file ahead as the consumer pulls", async () => {
    const root = await makeTree("lazy", { "1.txt": "one", "2.txt": "two", "3.txt": "three" });
    const items = readInputs([root], { encoding: "auto", slowReadMs: 0 });
    const first = await items.next();
    expect(first.value).toMatchObject({ kind: "document", text: "one" });
    // 2.txt is being read already; 3.txt is not read until 2.txt is pulled.
    await rm(path.join(root, "3.txt"));
    expect((await items.next()).value).toMatchObject({ kind: "document", text: "two" });
    expect((await items.next()).value).toMatchObject({ kind: "error", error: { code: "INPUT_NOT_FOUND" } });
  });

  it("reads no file ahead after a big one (two big files are never held at once)", async () => {
    const root = await makeTree("big-then", { "1.txt": "あ".repeat(3_000_000), "2.txt": "two" });
    const items = readInputs([root], { encoding: "auto", slowReadMs: 0 });
    expect((await items.next()).value).toMatchObject({ kind: "document" });
    await rm(path.join(root, "2.txt"));
    expect((await items.next()).value).toMatchObject({ kind: "error", error: { code: "INPUT_NOT_FOUND" } });
  });

  it("variant: read at once or in the thread pool, the same items (small, big, binary, Shift_JIS, a dangling link, an empty file)", async () => {
    const root = await makeTree("both-ways", {
      "a.txt": SENTENCE,
      "b.txt": SENTENCE.repeat(25_000), // 1.35 MB: over the read-at-once limit
      "c.txt": new Uint8Array([0, 1, 2, 0, 255, 0]),
      "d.txt": Uint8Array.from(Encoding.convert(SENTENCE, { to: "SJIS", from: "UNICODE", type: "array" })),
      "e.txt": "",
    });
    await symlink(path.join(root, "nowhere.txt"), path.join(root, "c2.txt"));
    const atOnce = summary(await collect([root, path.join(root, "a.txt"), path.join(root, "b.txt")]));
    const pooled = summary(await collect([root, path.join(root, "a.txt"), path.join(root, "b.txt")], { slowReadMs: 0 }));
    expect(pooled).toEqual(atOnce);
    expect(atOnce.map((x) => ("code" in (x as object) ? (x as { code: string }).code : "ok"))).toEqual(["ok", "ok", "INPUT_BINARY", "INPUT_NOT_FOUND", "ok", "ok", "ok", "ok"]);
  });
});

describe("readInputs: JSONL", () => {
  it("yields one document per line and an error for a bad line, in order", async () => {
    const root = await makeTree("jsonl", {
      "batch.jsonl": [
        JSON.stringify({ id: "a1", text: SENTENCE }),
        "{not json",
        "",
        JSON.stringify({ id: 7, text: "スケールメリット" }),
        JSON.stringify({ text: "no id" }),
        JSON.stringify({ id: "x", text: 3 }),
        "",
      ].join("\r\n"),
    });
    const file = `${root}/batch.jsonl`;
    const items = summary(await collect([root]));
    expect(items).toHaveLength(5);
    expect(items.filter((i) => typeof i === "object" && i !== null && "id" in i)).toHaveLength(3);
    expect(items[0]).toEqual({ id: `${file}#a1`, text: SENTENCE, source: `${file}:1` });
    expect(items[1]).toMatchObject({ code: "INPUT_JSONL", where: `${file}:2` });
    expect((items[1] as { message: string }).message).toMatch(/^invalid JSON/);
    expect(items[2]).toEqual({ id: `${file}#7`, text: "スケールメリット", source: `${file}:4` });
    // Without an id, a record is named by its 1-based number among the file's records.
    expect(items[3]).toEqual({ id: `${file}#4`, text: "no id", source: `${file}:5` });
    expect(items[4]).toEqual({ code: "INPUT_JSONL", where: `${file}:6`, message: '"text" must be a string' });
  });

  it("treats a file ending in .JSONL as JSONL even when named explicitly", async () => {
    const root = await makeTree("jsonl-upper", { "X.JSONL": '{"id":"d","text":"t"}\n' });
    expect(summary(await collect([path.join(root, "X.JSONL")]))).toEqual([
      { id: `${path.join(root, "X.JSONL")}#d`, text: "t", source: `${path.join(root, "X.JSONL")}:1` },
    ]);
  });
});

describe("readInputs: standard input", () => {
  it("reads stdin when no path is given, as document '-'", async () => {
    expect(summary(await collect([], { stdin: stdinOf(SENTENCE) }))).toEqual([{ id: "-", text: SENTENCE, source: "-" }]);
  });

  it("reads stdin for '-' among other paths, in order", async () => {
    const root = await makeTree("mixed", { "a.txt": "a" });
    const items = await collect([path.join(root, "a.txt"), "-"], { stdin: stdinOf("from stdin") });
    expect(items.map((i) => i.kind === "document" && i.id)).toEqual([path.join(root, "a.txt"), "-"]);
  });

  it("decodes Shift_JIS on stdin", async () => {
    const bytes = Uint8Array.from(Encoding.convert(SENTENCE, { to: "SJIS", from: "UNICODE", type: "array" }));
    expect(summary(await collect(["-"], { stdin: stdinOf(bytes) }))).toEqual([{ id: "-", text: SENTENCE, source: "-" }]);
  });

  it("reads JSONL from stdin with inputFormat jsonl", async () => {
    const stdin = stdinOf('{"id":"n1","text":"規模の経済"}\n{"id":"n2"}\n');
    expect(summary(await collect([], { stdin, inputFormat: "jsonl" }))).toEqual([
      { id: "n1", text: "規模の経済", source: "-:1" },
      { code: "INPUT_JSONL", where: "-:2", message: 'missing "text"' },
    ]);
  });

  it("reports missing or twice-read stdin instead of hanging or dropping it", async () => {
    expect(summary(await collect([]))).toEqual([
      { code: "INPUT_UNREADABLE", where: "-", message: "standard input is not available" },
    ]);
    const items = summary(await collect(["-", "-"], { stdin: stdinOf("x") }));
    expect(items[1]).toEqual({ code: "INPUT_UNREADABLE", where: "-", message: "standard input can only be read once" });
  });

  it("knows when stdin is used", () => {
    expect(usesStdin([])).toBe(true);
    expect(usesStdin(["a.txt", "-"])).toBe(true);
    expect(usesStdin(["a.txt"])).toBe(false);
  });
});

describe("compareCodePoints", () => {
  it("orders astral characters after U+E000–U+FFFF, unlike UTF-16 order", () => {
    const names = ["\u{20000}.txt", "\uff21.txt", "a.txt", "A.txt"];
    expect([...names].sort(compareCodePoints)).toEqual(["A.txt", "a.txt", "\uff21.txt", "\u{20000}.txt"]);
  });
});

describe("describeFsError", () => {
  // Running as root makes chmod-based tests impossible, so the mapping is checked directly.
  it("maps node:fs codes to kouka codes and short reasons", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(err("ENOENT"))).toEqual({ code: "INPUT_NOT_FOUND", message: "no such file or directory" });
    expect(describeFsError(err("EACCES"))).toEqual({ code: "INPUT_UNREADABLE", message: "permission denied" });
    expect(describeFsError(err("EIO"))).toEqual({ code: "INPUT_UNREADABLE", message: "EIO: raw" });
  });
});

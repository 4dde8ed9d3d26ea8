import Encoding from "encoding-japanese";
import { readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { csvRecords, ROOT, runKouka, STACK_TRACE } from "./run-kouka.js";
import { tempFolder } from "./temp-folder.js";

// Real-shaped inputs end to end (DESIGN.md "Input formats"): counts, and every mention's
// line and column in the file as written, checked against the file itself.
vi.setConfig({ testTimeout: 180_000 });

const FIXTURES = path.join(ROOT, "test", "fixtures", "inputs");
const fixture = (name: string): string => path.join(FIXTURES, name);
const temp = tempFolder("kouka-formats-");
const { put } = temp;

/** `line:column concept` of every mention row. */
function positions(stdout: string): string[] {
  return csvRecords(stdout).map((r) => `${r["line"]}:${r["column"]} ${r["concept"]}`);
}

/** The file's text from a 1-based line and code-point column on, split at every line break kouka knows. */
function textAt(text: string, line: number, column: number, length: number): string {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  return Array.from(lines[line - 1] ?? "")
    .slice(column - 1, column - 1 + length)
    .join("");
}

function counts(stdout: string): string[] {
  return csvRecords(stdout).map((r) => `${r["document"]!.replace(`${FIXTURES}/`, "")} ${r["scale"]},${r["network"]},${r["scope"]}`);
}

describe("a saved news page (HTML)", () => {
  const page = fixture("news-page.html");
  const source = readFileSync(page, "utf8");

  it("counts the visible text only: title, article; not scripts, styles, templates, noscript, comments, navigation", () => {
    const r = runKouka(["analyze", page]);
    expect(r.code).toBe(0);
    expect(counts(r.stdout)).toEqual(["news-page.html 1,6,1"]);
  });

  it("gives each mention's line and column in the page as written (entities, inline tags, <br>)", () => {
    const r = runKouka(["mentions", page]);
    expect(positions(r.stdout)).toEqual([
      "6:20 network", // in <title>
      "29:20 network", // <h1>…と<b>ネットワーク効果</b>
      "31:1 network", // ネットワーク&#x52B9;果, after a line break inside <p>
      "33:54 network", // <a>ネットワーク</a><span>効果</span>
      "34:9 network", // <i>network effects</i>
      "35:23 scale", // 規模の<br>経済
      "35:55 scope", // 範囲の経済&#12290;
      "39:9 network", // <td>
    ]);
    const rows = csvRecords(r.stdout);
    expect(textAt(source, 31, 1, 15)).toBe("ネットワーク&#x52B9;果");
    expect(rows[2]!["matched"]).toBe("ネットワーク効果");
    expect(textAt(source, 33, 54, 6)).toBe("ネットワーク");
    expect(textAt(source, 35, 23, 3)).toBe("規模の");
    expect(rows[5]!["right"]).toContain("<注>配送");
  });

  it("keeps the navigation with --no-clean", () => {
    const r = runKouka(["tokens", "--no-clean", page]);
    expect(r.stdout).toContain(",テクノロジー,");
    expect(runKouka(["tokens", page]).stdout).not.toContain(",テクノロジー,");
  });

  it("honours <meta charset> (a Shift_JIS page) with the same counts and positions", () => {
    const sjis = source.replace('<meta charset="utf-8">', '<meta charset="Shift_JIS">');
    const file = put("sjis-page.htm", Uint8Array.from(Encoding.convert(sjis, { to: "SJIS", from: "UNICODE", type: "array" })));
    const r = runKouka(["mentions", file]);
    expect(r.code).toBe(0);
    expect(positions(r.stdout)).toEqual(positions(runKouka(["mentions", page]).stdout));
  });

  it("honours the http-equiv form (EUC-JP) and a BOM", () => {
    const euc = source.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">');
    const file = put("euc-page.html", Uint8Array.from(Encoding.convert(euc, { to: "EUCJP", from: "UNICODE", type: "array" })));
    const bom = put("bom-page.html", "\ufeff" + source);
    const r = runKouka(["analyze", file, bom]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.stdout).map((x) => `${x["scale"]},${x["network"]},${x["scope"]}`)).toEqual(["1,6,1", "1,6,1"]);
  });

  it("reads HTML from standard input with --input-format html", () => {
    const r = runKouka(["analyze", "--input-format", "html"], { input: "<p>ネットワーク&#x52B9;果と<b>規模</b>の経済</p><script>範囲の経済</script>" });
    expect(csvRecords(r.stdout)[0]).toMatchObject({ document: "-", scale: "1", network: "1", scope: "0" });
  });
});

describe("a Hugo/Jekyll post (Markdown)", () => {
  const post = fixture("hugo-post.md");
  const source = readFileSync(post, "utf8");

  it("counts the title and prose only: not front matter fields, code, comments, images, URLs", () => {
    const r = runKouka(["analyze", post]);
    expect(r.code).toBe(0);
    expect(counts(r.stdout)).toEqual(["hugo-post.md 2,2,1"]);
  });

  it("gives each mention's line and column in the post as written", () => {
    const r = runKouka(["mentions", post]);
    expect(positions(r.stdout)).toEqual(["2:16 scale", "11:11 scale", "11:29 network", "16:13 network", "29:5 scope"]);
    expect(textAt(source, 2, 16, 5)).toBe("規模の経済"); // title: "クラウド事業と規模の経済"
    expect(textAt(source, 11, 29, 8)).toBe("ネットワーク効果"); // [link text](url)
    expect(textAt(source, 16, 13, 6)).toBe("ネットワーク"); // wrapped across "> " quote lines
    expect(csvRecords(r.stdout)[3]!["matched"]).toBe("ネットワーク効果");
  });

  it("reads a TOML front matter title too", () => {
    const file = put("toml.md", '+++\ntitle = "規模の経済"\ntags = ["範囲の経済"]\n+++\n本文\n');
    const r = runKouka(["mentions", file]);
    expect(positions(r.stdout)).toEqual(["2:10 scale"]);
  });
});

describe("a CSV export with quoted multi-line fields and metadata", () => {
  const csv = fixture("export.csv");
  const source = readFileSync(csv, "utf8");

  it("counts each record as a document PATH#ID, with --meta columns after document", () => {
    const r = runKouka(["analyze", "--meta", "date,source", csv]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("document,date,source,chars,tokens,sentences,scale,network,scope");
    expect(csvRecords(r.stdout).map((x) => [x["document"]!.slice(FIXTURES.length + 1), x["date"], x["source"], x["scale"], x["network"], x["scope"]])).toEqual([
      ["export.csv#101", "2024-01-10", "日経", "1", "1", "0"],
      ["export.csv#102", "2024-02-11", "東洋経済", "0", "0", "1"],
      ["export.csv#103", "2024-03-12", "", "1", "0", "1"],
    ]);
  });

  it("gives line and column in the file through quotes, doubled quotes and line breaks inside fields", () => {
    const r = runKouka(["mentions", "--meta", "source", csv]);
    expect(r.stdout.split("\n")[0]).toBe("document,source,line,column,concept,term,matched,left,right");
    expect(positions(r.stdout)).toEqual(["2:20 scale", "3:9 network", "4:21 scope", "7:4 scale", "7:10 scope"]);
    expect(textAt(source, 3, 9, 8)).toBe("ネットワーク効果"); // after ""…""
    expect(textAt(source, 7, 4, 5)).toBe("規模の経済"); // third line of a quoted field
    expect(csvRecords(r.stdout)[1]!["source"]).toBe("日経");
  });

  it("adds --meta to tokens rows too", () => {
    const r = runKouka(["tokens", "--meta", "date", csv]);
    expect(r.stdout.split("\n")[0]).toBe("document,date,sentence,index,surface,pos,pos_detail_1,basic_form,reading,start,end");
    expect(csvRecords(r.stdout)[0]).toMatchObject({ date: "2024-01-10", surface: "規模" });
  });

  it("reads TSV, and other text and id fields", () => {
    const file = put("export.tsv", "key\tbody\nk1\t範囲の経済\n\tネットワーク効果\n");
    const r = runKouka(["mentions", "--text-field", "body", "--id-field", "key", file]);
    expect(csvRecords(r.stdout).map((x) => `${x["document"]!.slice(temp.dir.length + 1)} ${x["line"]}:${x["column"]}`)).toEqual(["export.tsv#k1 2:4", "export.tsv#2 3:2"]);
  });

  it("names a record without text by PATH:LINE and still reports the others (exit 1)", () => {
    const file = put("short.csv", 'id,text\n1,規模の経済\n2\n3,"範囲の\n経済"\n4,"bad"x\n5,ネットワーク効果\n');
    const r = runKouka(["analyze", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kouka: ${file}:3: missing "text"`);
    expect(r.stderr).toContain(`kouka: ${file}:6: unexpected "x" after a closing quote`);
    expect(csvRecords(r.stdout).map((x) => x["document"]!.slice(temp.dir.length + 1))).toEqual(["short.csv#1", "short.csv#3", "short.csv#5"]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("says once when the header has no text column", () => {
    const file = put("nohead.csv", "id,body\n1,規模の経済\n");
    const r = runKouka(["analyze", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`kouka: ${file}:1: no "text" column (the header has "id", "body")`);
  });
});

describe("JSONL with and without ids", () => {
  const jsonl = fixture("records.jsonl");

  it("names records PATH#ID, or PATH#N (the record's number) without an id, and copies --meta", () => {
    const r = runKouka(["analyze", "--meta", "source", jsonl]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.stdout).map((x) => [x["document"]!.slice(FIXTURES.length + 1), x["source"], x["scale"], x["network"], x["scope"]])).toEqual([
      ["records.jsonl#a-1", "wire", "1", "1", "0"],
      ["records.jsonl#2", "blog", "0", "0", "1"],
      ["records.jsonl#7", "", "1", "1", "0"],
    ]);
  });

  it("gives line and column in the file, through \\n and \\uXXXX escapes", () => {
    const r = runKouka(["mentions", jsonl]);
    expect(positions(r.stdout)).toEqual(["1:37 scale", "1:43 network", "2:19 scope", "4:17 scale", "4:30 network"]);
    const source = readFileSync(jsonl, "utf8");
    expect(textAt(source, 4, 30, 6)).toBe("\\u30cd");
    expect(csvRecords(r.stdout)[4]!["matched"]).toBe("ネットワーク効果");
  });

  it("on standard input a record's document is its id alone", () => {
    const r = runKouka(["analyze", "--input-format", "jsonl"], { input: '{"id":"n1","text":"規模の経済"}\n{"text":"範囲の経済"}\n' });
    expect(csvRecords(r.stdout).map((x) => x["document"])).toEqual(["n1", "2"]);
  });
});

describe("issue 19", () => {
  it("item 2: numeric ids keep their digits as written", () => {
    const input = ['{"id":12345678901234567890,"text":"a"}', '{"id":12345678901234567891,"text":"b"}', '{"id":1.50,"text":"c"}', '{"id":2E+3,"text":"d"}', '{"id":1e400,"text":"e"}'].join("\n");
    const r = runKouka(["analyze", "--input-format", "jsonl"], { input });
    expect(csvRecords(r.stdout).map((x) => x["document"])).toEqual(["12345678901234567890", "12345678901234567891", "1.50", "2E+3", "1e400"]);
    const meta = runKouka(["analyze", "--input-format", "jsonl", "--meta", "n", "--id-field", "k"], { input: '{"k":"x","n":98765432109876543210,"text":"a"}\n' });
    expect(csvRecords(meta.stdout)[0]).toMatchObject({ document: "x", n: "98765432109876543210" });
  });

  it("item 3: a scan of folder/ with folder/up -> .. reads the folder only, and says it skipped the link", () => {
    const parent = path.join(temp.dir, "updir");
    put("updir/other.txt", "範囲の経済");
    put("updir/folder/a.txt", "規模の経済");
    symlinkSync("..", path.join(parent, "folder", "up"));
    const folder = path.join(parent, "folder");
    const r = runKouka(["analyze", folder]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.stdout).map((x) => x["document"])).toEqual([`${folder}/a.txt`]);
    expect(r.stderr).toBe(`kouka: ${folder}: skipped 1 symbolic link to folders (--follow reads them)\n`);
    // With --follow the parent is walked, and no real file is reported twice.
    const followed = runKouka(["analyze", "--follow", folder]);
    const docs = csvRecords(followed.stdout).map((x) => x["document"]);
    expect(docs).toEqual([`${folder}/a.txt`, `${folder}/up/other.txt`]);
  });

  it("item 5: one undecodable or unparsable JSONL line is an error at PATH:LINE, the other records are reported", () => {
    const file = put(
      "bad-line.jsonl",
      Buffer.concat([
        Buffer.from('{"id":"a","text":"規模の経済"}\n'),
        Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x80, 0x22, 0x7d, 0x0a]),
        Buffer.from('{"id":"c","text":"範囲の経済"}\n{"id":"d",\n'),
        Buffer.from('{"id":"e","text":"ネットワーク効果"}\n'),
      ]),
    );
    const r = runKouka(["analyze", file]);
    expect(r.code).toBe(1);
    expect(csvRecords(r.stdout).map((x) => x["document"]!.slice(temp.dir.length + 1))).toEqual(["bad-line.jsonl#a", "bad-line.jsonl#c", "bad-line.jsonl#e"]);
    expect(r.stderr).toMatch(new RegExp(`^kouka: ${file}:2: not valid UTF-8`, "m"));
    expect(r.stderr).toMatch(new RegExp(`^kouka: ${file}:4: invalid JSON`, "m"));
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("item 5 variant: a file of nothing but bad lines is one error, not one per line", () => {
    const file = put("all-bad.jsonl", Buffer.from([0xff, 0xfe, 0x80, 0x0a, 0xc3, 0x28, 0x0a, 0xa0, 0x0a]));
    const r = runKouka(["analyze", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("item 6: LF, CRLF, a lone CR, U+2028 and U+2029 each end one line and one sentence", () => {
    const lines = ["規模の経済が働く", "ネットワーク効果もある", "範囲の経済"];
    const results = ["\n", "\r\n", "\r", "\u2028", "\u2029"].map((eol) => {
      const input = lines.join(eol);
      return { analyze: csvRecords(runKouka(["analyze"], { input }).stdout)[0], mentions: positions(runKouka(["mentions"], { input }).stdout) };
    });
    for (const r of results) {
      expect(r.analyze).toMatchObject({ sentences: "3", scale: "1", network: "1", scope: "1" });
      expect(r.mentions).toEqual(["1:1 scale", "2:1 network", "3:1 scope"]);
    }
    // The separators are not word tokens: the same token count as with LF.
    expect(new Set(results.map((r) => r.analyze!["tokens"])).size).toBe(1);
  });

  it("item 6 variant: mixed breaks in one file, and a lone CR inside a JSONL text", () => {
    const input = "前置き\r規模の経済\u2028\r\nネットワーク効果\u2029範囲の経済";
    expect(positions(runKouka(["mentions"], { input }).stdout)).toEqual(["2:1 scale", "4:1 network", "5:1 scope"]);
    const jsonl = runKouka(["analyze", "--input-format", "jsonl"], { input: '{"text":"a\\rb\\rc"}\n' });
    expect(csvRecords(jsonl.stdout)[0]).toMatchObject({ sentences: "3" });
  });

  it("item 7: zero-width and joiner characters and variation selectors never split a term; mentions point at the text as written", () => {
    const input = "規模の\u200b経済。ネットワーク\u200d効果。規\ufe0f模の経済。";
    const r = runKouka(["mentions"], { input });
    const rows = csvRecords(r.stdout);
    expect(rows.map((x) => `${x["column"]} ${x["concept"]} ${x["matched"]}`)).toEqual([
      "1 scale 規模の\u200b経済",
      "8 network ネットワーク\u200d効果",
      "18 scale 規\ufe0f模の経済",
    ]);
    const tokens = csvRecords(runKouka(["tokens"], { input }).stdout).map((x) => x["surface"]!);
    expect(tokens.filter((t) => /[\u200b\u200d\ufe0f]/u.test(t))).toEqual([]);
  });

  it("item 7 variant: soft hyphen, word joiner, a BOM inside the text, ZWNJ and an ideographic variation selector", () => {
    const input = "範囲\u00adの経済、規模\u2060の経済、ネットワーク\ufeff効果、範囲の\u200c経済、規模\u{e0100}の経済";
    const rows = csvRecords(runKouka(["mentions"], { input }).stdout);
    expect(rows.map((x) => x["concept"])).toEqual(["scope", "scale", "network", "scope", "scale"]);
    expect(rows.map((x) => x["column"])).toEqual(["1", "8", "15", "25", "32"]);
    expect(rows[4]!["matched"]).toBe("規模\u{e0100}の経済");
  });
});

describe("folder scans", () => {
  it("read every listed extension and say on stderr how many files they skipped and which", () => {
    const dir = path.join(temp.dir, "mixed");
    put("mixed/a.txt", "規模の経済");
    put("mixed/b.md", "# 範囲の経済\n");
    put("mixed/c.html", "<p>ネットワーク効果</p>");
    put("mixed/d.ndjson", '{"text":"規模の経済"}\n');
    put("mixed/e.pdf", "%PDF");
    put("mixed/f.pdf", "%PDF");
    put("mixed/g.docx", "x");
    const r = runKouka(["analyze", dir]);
    expect(r.code).toBe(0);
    expect(csvRecords(r.stdout).map((x) => x["document"]!.slice(dir.length + 1))).toEqual(["a.txt", "b.md", "c.html", "d.ndjson#1"]);
    expect(r.stderr).toBe(`kouka: ${dir}: skipped 3 files with other extensions (.pdf 2, .docx 1)\n`);
  });

  it("give the same mentions with worker threads (the map back to the file travels with each document)", () => {
    const one = runKouka(["mentions", "-j", "1", "--meta", "source", FIXTURES]);
    const two = runKouka(["mentions", "-j", "2", "--meta", "source", FIXTURES]);
    expect(csvRecords(one.stdout)).toHaveLength(23);
    expect(two.stdout).toBe(one.stdout);
  });

  it("read a file named explicitly with an unknown extension as plain text", () => {
    const file = put("notes.log", "<p>規模の経済</p>");
    const r = runKouka(["tokens", file]);
    expect(r.stdout).toContain(",<,");
  });

  it("reject a --meta field that is already a column", () => {
    const r = runKouka(["mentions", "--meta", "line", fixture("records.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kouka: --meta: 'line' is already a column of this report\n");
    expect(r.stdout).toBe("");
  });
});

describe("a long line", () => {
  it("without punctuation: every mention once, in order, across the windows a long sentence is tagged in", () => {
    const unit = "規模の経済と範囲の経済とネットワーク効果に加えて大規模な投資の話題が続く";
    const input = unit.repeat(600); // 22,800 characters, one sentence
    const r = runKouka(["mentions", "-j", "1"], { input });
    const rows = csvRecords(r.stdout);
    expect(rows).toHaveLength(1800);
    const expected = Array.from({ length: 600 }, (_, k) => [0, 6, 12].map((o) => `1:${k * unit.length + o + 1}`)).flat();
    expect(rows.map((x) => `${x["line"]}:${x["column"]}`)).toEqual(expected);
    expect(csvRecords(runKouka(["analyze", "-j", "1"], { input }).stdout)[0]).toMatchObject({ sentences: "1", scale: "600", network: "600", scope: "600" });
  });
});


import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * A corpus of nasty files, built at test time (names with CR and LF cannot live in every git
 * checkout): encodings, line breaks, invisible characters, controls, odd names, symlinks, and
 * JSONL that breaks naive readers. Each entry is something a real corpus has been seen to hold.
 */

const iconv = (text: string, to: string): Buffer => {
  const r = spawnSync("iconv", ["-f", "UTF-8", "-t", to], { input: text });
  if (r.status !== 0) throw new Error(`iconv -t ${to}: ${r.stderr.toString()}`);
  return r.stdout;
};

const ARTICLE = "規模の経済が働く。ネットワーク効果も大きい。範囲の経済を狙う。\n";

/** Plain text files (read as documents): name → bytes. */
export const NASTY_TEXT: ReadonlyArray<readonly [string, Uint8Array]> = [
  ["empty.txt", Buffer.alloc(0)],
  ["bom-only.txt", Buffer.from([0xef, 0xbb, 0xbf])],
  ["whitespace.txt", Buffer.from(" \t\r\n\u3000\n\u00a0\n")],
  ["nul.txt", Buffer.from("規模の経済\u0000です")],
  ["lone-cr.txt", Buffer.from("規模の経済。\r範囲の経済。\rネットワーク効果。")],
  ["crlf.txt", Buffer.from(ARTICLE.replace(/\n/g, "\r\n").repeat(3))],
  ["unicode-breaks.txt", Buffer.from("規模の経済\u2028範囲の経済\u2029ネットワーク効果\u0085規模の利益")],
  ["invisible.txt", Buffer.from("規模の\u200b経済、ネットワーク\u200d効果、規\ufe0f模の経済、範囲の\u00ad経済、\u2060スケール効果")],
  ["long-line.txt", Buffer.from("規模の経済とネットワーク効果と範囲の経済と".repeat(1000))],
  ["punctuation-only.txt", Buffer.from("。。。、、、！？「」（）…….,;:!?")],
  ["emoji.txt", Buffer.from("😀👍🏽👨‍👩‍👧".repeat(300))],
  ["bidi.txt", Buffer.from("\u202e規模の経済\u202c \u200fネットワーク効果\u200e")],
  ["ctrl-z.txt", Buffer.from("規模の経済です。\u001a")],
  ["escape-seq.txt", Buffer.from("\u001b[31m規模の経済\u001b[0m")],
  ["truncated-utf8.txt", Buffer.from("規模の経済").subarray(0, 14)],
  ["shift-jis.txt", iconv(ARTICLE, "SHIFT_JIS")],
  ["euc-jp.txt", iconv(ARTICLE, "EUC-JP")],
  ["iso-2022-jp.txt", iconv(ARTICLE, "ISO-2022-JP")],
  ["utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")])],
  ["utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, "utf16le").swap16()])],
  ["utf16-no-bom.txt", Buffer.from(ARTICLE, "utf16le")],
  ["binary.txt", Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
  ["half-width.txt", Buffer.from("ﾈｯﾄﾜｰｸ効果とＥＣＯＮＯＭＩＥＳ ＯＦ ＳＣＡＬＥ、ｽｹｰﾙﾒﾘｯﾄ")],
  ["combining.txt", Buffer.from("カ\u3099規模の経済e\u0301\u0301\u0301")],
  ["surrogate-bytes.txt", Buffer.from([0xed, 0xa0, 0x80, 0x41])],
  ["note.md", Buffer.from("---\ntitle: 規模の経済\ntags: [a]\n---\n# 見出し\n\n```\nネットワーク効果\n```\n範囲の経済の話。\n")],
  ["cr\rname.txt", Buffer.from(ARTICLE)],
  ["nl\nname.txt", Buffer.from(ARTICLE)],
  ["tab\tname.txt", Buffer.from(ARTICLE)],
  ['comma,"quote".txt', Buffer.from(ARTICLE)],
  ["=formula().txt", Buffer.from(ARTICLE)],
  ["-dash.txt", Buffer.from(ARTICLE)],
  ["@at.txt", Buffer.from(ARTICLE)],
  ["nfd-e\u0301.txt", Buffer.from(ARTICLE)],
  [" spaces .txt", Buffer.from(ARTICLE)],
  ["😀.txt", Buffer.from(ARTICLE)],
  ["back\\slash.txt", Buffer.from(ARTICLE)],
  ["UPPER.TXT", Buffer.from(ARTICLE)],
];

/** JSONL files: name → lines (joined by the file's own line ends). */
export const NASTY_JSONL: ReadonlyArray<readonly [string, Uint8Array]> = [
  ["bom-crlf.jsonl", Buffer.from('\ufeff{"id":"a","text":"規模の経済"}\r\n{"id":"b","text":"範囲の経済"}\r\n')],
  [
    "bad-bytes-line.jsonl",
    Buffer.concat([Buffer.from('{"id":"ok1","text":"規模の経済"}\n{"id":"bad","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":"ok2","text":"ネットワーク効果"}\n')]),
  ],
  ["big-ids.jsonl", Buffer.from('{"id":12345678901234567890,"text":"規模の経済"}\n{"id":12345678901234567891,"text":"規模の経済"}\n')],
  ["deep.jsonl", Buffer.from(`${"[".repeat(20_000)}${"]".repeat(20_000)}\n{"id":"after","text":"規模の経済"}\n`)],
  ["long-line.jsonl", Buffer.from(JSON.stringify({ id: "long", text: "規模の経済とネットワーク効果".repeat(1500) }) + "\n")],
  ["escapes.jsonl", Buffer.from('{"id":"nl\\nid","text":"規模の経済\\u2028範囲\\r\\nの経済\\u0000"}\n{"id":"\\ud800","text":"\\udfff規模の経済"}\n')],
  ["no-final-newline.jsonl", Buffer.from('{"id":"last","text":"範囲の経済"}')],
  ["blank-lines.jsonl", Buffer.from('\n\n   \n{"id":"x","text":"規模の経済"}\n\n')],
  ["duplicate-keys.jsonl", Buffer.from('{"id":"d","id":"e","text":"a","text":"規模の経済"}\n')],
  ["not-objects.jsonl", Buffer.from('[]\nnull\n"text"\n42\n{"text":"no id"}\n{"id":"no text"}\n')],
];

/** Writes the corpus under `root`: `text/` (plain files and symlinks) and `jsonl/`. Returns the text inputs a scan reads. */
export function buildNastyCorpus(root: string): { textInputs: string[]; jsonlFiles: string[]; jsonlLines: number } {
  mkdirSync(path.join(root, "text", "sub"), { recursive: true });
  mkdirSync(path.join(root, "jsonl"), { recursive: true });
  for (const [name, bytes] of NASTY_TEXT) writeFileSync(path.join(root, "text", name), bytes);
  for (const [name, bytes] of NASTY_JSONL) writeFileSync(path.join(root, "jsonl", name), bytes);
  // A symlinked file is read under its own name; a dangling one is an error; a link to the parent folder is not walked twice.
  symlinkSync("../crlf.txt", path.join(root, "text", "sub", "link-to-crlf.txt"));
  symlinkSync("nowhere.txt", path.join(root, "text", "sub", "dangling.txt"));
  symlinkSync("..", path.join(root, "text", "sub", "up"));
  const textInputs = [...NASTY_TEXT.map(([name]) => `text/${name}`), "text/sub/link-to-crlf.txt", "text/sub/dangling.txt"];
  const jsonlLines = NASTY_JSONL.reduce(
    (n, [, bytes]) => n + Buffer.from(bytes).toString("latin1").split("\n").filter((l) => l.replace(/^\xef\xbb\xbf/, "").trim() !== "").length,
    0,
  );
  return { textInputs, jsonlFiles: NASTY_JSONL.map(([name]) => `jsonl/${name}`), jsonlLines };
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { frontMatterTitle } from "../../src/readers/front-matter-title.js";
import { readMarkdown } from "../../src/readers/read-markdown.js";
import { pieceMap } from "../../src/text/piece-map.js";

const post = readFileSync(path.join(import.meta.dirname, "..", "fixtures", "inputs", "hugo-post.md"), "utf8");

function rawOf(md: string, needle: string): string {
  const doc = readMarkdown(md);
  const at = doc.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const map = pieceMap(doc.origin!.map);
  return md.slice(map.toSource(at), map.toSourceEnd(at + needle.length));
}

describe("readMarkdown", () => {
  it("keeps the front matter title as the first line and drops the other fields", () => {
    const { text } = readMarkdown(post);
    expect(text.split("\n")[0]).toBe("クラウド事業と規模の経済");
    for (const field of ["2024-03-05", "draft", "スケールメリット", "tags"]) expect(text).not.toContain(field);
  });

  it("drops code (fenced, indented, spans), HTML comments, images and bare URLs; keeps link text", () => {
    const { text } = readMarkdown(post);
    for (const gone of ["scale =", "インデントされた", "範囲の経済`", "TODO", "規模の経済の図", "https://", "example.com"]) expect(text).not.toContain(gone);
    expect(text).toContain("詳しくはネットワーク効果の解説を参照。");
    expect(text).toContain("設備の共同利用でを狙う");
  });

  it("removes heading, list, quote and emphasis markers, and joins a term wrapped across quote lines", () => {
    const { text } = readMarkdown(post);
    expect(text).toContain("はじめに\n\nクラウド事業では規模の経済が強く働く。");
    expect(text).toContain("利用企業が増えるほどネットワーク効果が働く");
    expect(rawOf(post, "ネットワーク効果が働く")).toBe("ネットワーク\n> 効果が働く");
    expect(rawOf(post, "規模の経済が強く")).toBe("規模の経済**が強く");
  });

  it("maps escapes and entities to what is written", () => {
    expect(rawOf("a \\* b &amp; c &#x52B9;果\n", "* b & c 効果")).toBe("\\* b &amp; c &#x52B9;果");
  });

  it("keeps a link whose text is not its address, drops one whose text is", () => {
    expect(readMarkdown("[規模の経済](https://x.org) <https://y.org> www.z.org [https://w.org](https://w.org)\n").text.trim()).toBe("規模の経済");
  });

  it("puts table cells on one line, separated by tabs", () => {
    expect(readMarkdown("| a | b |\n|---|---|\n| 規模の | 経済 |\n").text).toBe("a\tb\n規模の\t経済");
  });
});

describe("frontMatterTitle", () => {
  const title = (text: string, kind: "yaml" | "toml" = "yaml") => {
    const t = frontMatterTitle(text, 0, text.length, kind);
    return t && { value: t.value, raw: text.slice(t.from, t.to) };
  };
  it("reads plain, quoted and escaped titles with their span", () => {
    expect(title("title: 規模の経済 # note\n")).toEqual({ value: "規模の経済", raw: "規模の経済" });
    expect(title("date: 1\ntitle: 'It''s'\n")).toEqual({ value: "It's", raw: "It''s" });
    expect(title('title: "a\\"b"\n')).toEqual({ value: 'a"b', raw: 'a\\"b' });
    expect(title('title = "規模"\n', "toml")).toEqual({ value: "規模", raw: "規模" });
  });
  it("leaves other forms out", () => {
    expect(title("title: >\n  folded\n")).toBeUndefined();
    expect(title("subtitle: x\n")).toBeUndefined();
  });
});

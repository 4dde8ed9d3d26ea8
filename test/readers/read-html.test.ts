import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/readers/read-html.js";
import { pieceMap } from "../../src/text/piece-map.js";

const page = readFileSync(path.join(import.meta.dirname, "..", "fixtures", "inputs", "news-page.html"), "utf8");

/** The raw HTML a part of the document's text was read from. */
function rawOf(html: string, needle: string, options?: Parameters<typeof readHtml>[1]): string {
  const doc = readHtml(html, options);
  const at = doc.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const map = pieceMap(doc.origin!.map);
  return html.slice(map.toSource(at), map.toSourceEnd(at + needle.length));
}

describe("readHtml", () => {
  it("puts the title first, then the visible text of the body", () => {
    const { text } = readHtml(page);
    expect(text.split("\n")[0]).toBe("配車アプリの補助金戦争とネットワーク効果 | 経済ニュース");
    expect(text).toContain("配車アプリの補助金戦争とネットワーク効果\n\n配車サービス各社");
  });

  it("leaves out scripts, styles, templates, noscript, comments and navigation", () => {
    const { text } = readHtml(page);
    for (const hidden of ["dataLayer", "content:", "スケールメリット", "JavaScript", "編集メモ", "テクノロジー", "ホーム"]) expect(text).not.toContain(hidden);
    expect(text.match(/規模の経済/g)).toBeNull(); // only 規模の\n経済 from <br>
  });

  it("keeps navigation when asked (--no-clean)", () => {
    expect(readHtml(page, { navigation: true }).text).toContain("テクノロジー");
  });

  it("decodes entities and maps them back to the reference as written", () => {
    expect(readHtml(page).text).toContain("ネットワーク効果が働くと信じていた");
    expect(rawOf(page, "ネットワーク効果が")).toBe("ネットワーク&#x52B9;果が");
    expect(rawOf(page, "<注>")).toBe("&lt;注&gt;");
    expect(rawOf(page, "範囲の経済。")).toBe("範囲の経済&#12290;");
  });

  it("joins inline elements without a break and maps across the tags", () => {
    expect(rawOf(page, "ネットワーク効果の典型")).toBe('ネットワーク</a><span class="em">効果</span>の典型');
    expect(readHtml("<p>規模<b>の</b><i>経済</i></p>").text).toBe("規模の経済");
  });

  it("ends lines at block elements and <br>, and puts a tab between table cells", () => {
    expect(readHtml("<div>a</div><p>b<br>c</p><ul><li>d</li><li>e</li></ul><table><tr><td>f</td><td>g</td></tr></table>").text).toBe(
      "a\n\nb\nc\n\nd\n\ne\n\nf\tg",
    );
  });

  it("reads a line break in the source as a browser shows it: nothing between Japanese characters, else a space", () => {
    expect(readHtml("<p>ネットワーク\n  効果 and\nnetwork</p>").text).toBe("ネットワーク効果 and network");
    expect(readHtml("<pre>a\n b</pre>").text).toBe("a\n b");
  });

  it("never starts or ends with a line break, and an empty page is empty", () => {
    expect(readHtml("<html><body><div><p>x</p></div></body></html>").text).toBe("x");
    expect(readHtml("").text).toBe("");
  });

  it("maps text moved by the parser (foster-parented out of a table) to where it is written", () => {
    const html = "<table><tr><td>a</td>規模の経済</tr></table>";
    expect(rawOf(html, "規模の経済")).toBe("規模の経済");
  });
});

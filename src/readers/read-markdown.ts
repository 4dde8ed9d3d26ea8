import type { Nodes, Parents } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { PieceTextBuilder } from "../text/piece-map.js";
import { alignText, appendFlowing } from "./align-text.js";
import { frontMatterTitle } from "./front-matter-title.js";
import type { ReadDocument } from "./read-document.js";

/** Left out whole: code, markup, pictures, link definitions (DESIGN.md "Input formats"). */
const DROPPED = new Set(["code", "inlineCode", "html", "image", "imageReference", "definition", "yaml", "toml", "thematicBreak"]);
const BLOCK = new Set(["paragraph", "heading", "blockquote", "list", "listItem", "table", "footnoteDefinition"]);

/**
 * The prose of a Markdown file, parsed by micromark (CommonMark with GFM tables and
 * autolinks) with positions: the front matter's `title` first and the rest of it
 * dropped; code (fenced, indented, inline spans), HTML and its comments, images and
 * bare URLs dropped; link text kept; heading, list, quote and emphasis markers gone
 * (they are not in the text nodes). Blocks are separated by a blank line, table cells
 * by a tab. Every character maps back to where it is written in `markdown`.
 */
export function readMarkdown(markdown: string): ReadDocument {
  const out = new PieceTextBuilder();
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(["yaml", "toml"]), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"]), gfmFromMarkdown()],
  });
  const matter = tree.children[0];
  const kind = matter?.type as string | undefined;
  if (matter && (kind === "yaml" || kind === "toml") && matter.position?.start.offset !== undefined) {
    const title = frontMatterTitle(markdown, matter.position.start.offset, matter.position.end.offset ?? 0, kind);
    if (title) {
      alignText(out, markdown, title.from, title.to).take(title.value);
      out.separate("\n\n", title.to);
    }
  }
  walk(tree, out, markdown);
  const { text, map } = out.finish();
  return { text, origin: { raw: markdown, line: 1, map } };
}

function walk(node: Nodes, out: PieceTextBuilder, md: string): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (DROPPED.has(node.type)) return node.type === "thematicBreak" ? out.separate("\n\n", end) : undefined;
  switch (node.type) {
    case "text":
      return appendFlowing(out, md, start, end, node.value);
    case "break":
      return out.insert("\n", start, end);
    case "link":
      if (isBareUrl(node.url, plainText(node))) return;
      break;
    case "tableRow":
      out.separate("\n", start);
      break;
    case "tableCell":
      if (out.length > 0 && !/\s/u.test(out.lastChar())) out.insert("\t", start, start);
      break;
  }
  const block = BLOCK.has(node.type);
  if (block) out.separate("\n\n", start);
  if ("children" in node) for (const child of (node as Parents).children) walk(child, out, md);
  if (block) out.separate("\n\n", end);
}

/** `<https://x.org>`, a GFM bare `www.x.org` or `https://…`, or a link whose text is its own address. */
function isBareUrl(url: string, text: string): boolean {
  const strip = (s: string): string => s.replace(/^(?:mailto:|[a-z][a-z0-9+.-]*:\/\/)/i, "").replace(/\/$/, "");
  return text.trim() !== "" && strip(url) === strip(text.trim());
}

function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node as Parents).children.map(plainText).join("") : "";
}

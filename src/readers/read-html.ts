import { parse, type DefaultTreeAdapterMap } from "parse5";
import { PieceTextBuilder } from "../text/piece-map.js";
import { alignText, appendFlowing } from "./align-text.js";
import type { ReadDocument } from "./read-document.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Never shown: their text is code, data or a fallback for no scripting. */
const HIDDEN = new Set(["head", "script", "style", "template", "noscript", "iframe", "object", "embed", "canvas", "svg", "math", "textarea", "select"]);
/** Elements that end a line (DESIGN.md "Input formats": p, div, li, h1…, br, tr and the like). */
const BLOCK = new Set(
  "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr ul".split(" "),
);
const CELL = new Set(["td", "th"]);

/**
 * The visible text of an HTML page (DESIGN.md "Input formats"), parsed by parse5 with
 * source locations: the `<title>` first, then the body; scripts, styles, templates,
 * noscript and comments left out; entities decoded; block elements end a line (a blank
 * line between blocks, so no later stage joins them), `<br>` ends one, inline elements
 * (`<b>`, `<a>`, `<span>`) join their text; navigation menus are left out unless asked for. A line break in the source inside a
 * paragraph is read as a browser shows it: nothing between two Japanese characters,
 * else a space. Every character maps back to where it is written in `html`.
 */
export function readHtml(html: string, options: HtmlOptions = { navigation: false }): ReadDocument {
  const out = new PieceTextBuilder();
  const root = parse(html, { sourceCodeLocationInfo: true });
  const title = findTitle(root);
  if (title) {
    for (const child of title.childNodes) if (child.nodeName === "#text") appendText(out, html, child as DefaultTreeAdapterMap["textNode"], false);
    out.separate("\n\n", title.sourceCodeLocation?.endOffset ?? 0);
  }
  walk(root, { out, html, pre: false, navigation: options.navigation });
  const { text, map } = out.finish();
  return { text, origin: { raw: html, line: 1, map } };
}

export interface HtmlOptions {
  /**
   * Keep navigation menus (`<nav>`, role="navigation"): they are the page's clutter, left
   * out like the navigation lines of a text page unless `--no-clean`.
   */
  readonly navigation: boolean;
}

interface Walk {
  readonly out: PieceTextBuilder;
  readonly html: string;
  readonly pre: boolean;
  readonly navigation: boolean;
}

function walk(node: Node, w: Walk): void {
  if (node.nodeName === "#text") {
    appendText(w.out, w.html, node as DefaultTreeAdapterMap["textNode"], w.pre);
    return;
  }
  if (!("childNodes" in node) || node.nodeName === "#comment") return;
  const element = "tagName" in node ? (node as Element) : undefined;
  const name = element?.tagName ?? "";
  if (element && (HIDDEN.has(name) || element.attrs.some((a) => a.name === "hidden"))) return;
  if (element && !w.navigation && (name === "nav" || element.attrs.some((a) => a.name === "role" && a.value === "navigation"))) return;
  const loc = element?.sourceCodeLocation;
  if (name === "br") return w.out.insert("\n", loc?.startOffset ?? 0, loc?.endOffset ?? 0);
  const block = BLOCK.has(name);
  if (block) w.out.separate("\n\n", loc?.startOffset ?? 0);
  const inner = name === "pre" ? { ...w, pre: true } : w;
  for (const child of node.childNodes) walk(child, inner);
  if (block) w.out.separate("\n\n", loc?.endOffset ?? loc?.startOffset ?? 0);
  else if (CELL.has(name)) w.out.separate("\t", loc?.endOffset ?? 0);
}

function findTitle(node: Node): Element | undefined {
  if ("tagName" in node && node.tagName === "title") return node as Element;
  if (!("childNodes" in node) || ("tagName" in node && (node.tagName === "body" || node.tagName === "svg"))) return undefined;
  for (const child of node.childNodes) {
    const found = findTitle(child);
    if (found) return found;
  }
  return undefined;
}

function appendText(out: PieceTextBuilder, html: string, node: DefaultTreeAdapterMap["textNode"], pre: boolean): void {
  const loc = node.sourceCodeLocation;
  if (!loc) return out.insert(node.value, 0, 0);
  if (pre) alignText(out, html, loc.startOffset, loc.endOffset).take(node.value);
  else appendFlowing(out, html, loc.startOffset, loc.endOffset, node.value);
}

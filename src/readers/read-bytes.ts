import { decodeBytes, type InputEncoding } from "../input/decode-bytes.js";
import { declaredCharset } from "./html-charset.js";
import type { InputFormat } from "./input-format.js";
import type { ReadItem } from "./read-document.js";
import type { RecordOptions } from "./record-options.js";

/**
 * The documents in a file's bytes, read as `format`: decoding first (an HTML page's
 * `<meta charset>` is honoured when `--encoding` is auto; a BOM wins over both), then
 * the format's reader. The HTML and Markdown parsers are loaded on first use only.
 * `clean` false (`--no-clean`) keeps an HTML page's navigation menus.
 */
export async function* readBytes(
  bytes: Uint8Array,
  format: InputFormat,
  encoding: InputEncoding,
  records: RecordOptions,
  clean = true,
): AsyncGenerator<ReadItem> {
  if (format === "jsonl") {
    const { readJsonl } = await import("./read-jsonl.js");
    for (const item of readJsonl(bytes, encoding, records)) yield item.kind === "error" && item.line !== undefined ? { ...item, cause: "record" } : item;
    return;
  }
  const html = format === "html" && encoding === "auto" && !hasBom(bytes) ? declaredCharset(bytes) : undefined;
  const decoded = decodeBytes(bytes, html ?? encoding);
  if (!decoded.ok) {
    yield { kind: "error", message: decoded.reason, cause: decoded.kind };
    return;
  }
  switch (format) {
    case "text":
      yield { kind: "document", document: { text: decoded.text } };
      return;
    case "html": {
      const { readHtml } = await import("./read-html.js");
      yield { kind: "document", document: readHtml(decoded.text, { navigation: !clean }) };
      return;
    }
    case "markdown": {
      const { readMarkdown } = await import("./read-markdown.js");
      yield { kind: "document", document: readMarkdown(decoded.text) };
      return;
    }
    case "csv":
    case "tsv": {
      const { readCsv } = await import("./read-csv.js");
      for (const item of readCsv(decoded.text, format === "csv" ? "," : "\t", records)) yield item.kind === "error" ? { ...item, cause: "record" } : item;
      return;
    }
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

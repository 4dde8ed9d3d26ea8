import { PieceTextBuilder, type PieceMapData } from "../text/piece-map.js";

/**
 * The text of the JSON string written at json[start, end) (quotes included) with the
 * map from each of its characters back to the JSON: `\n`, `\u52B9` and the like stand
 * for their escape. A string without escapes is one copied piece.
 */
export function jsonStringText(json: string, start: number, end: number): { text: string; map: PieceMapData } {
  const out = new PieceTextBuilder();
  let i = start + 1;
  const close = end - 1;
  while (i < close) {
    const slash = json.indexOf("\\", i);
    const stop = slash === -1 || slash >= close ? close : slash;
    out.copy(json.slice(i, stop), i);
    if (stop === close) break;
    const e = json[stop + 1];
    if (e === "u") {
      out.insert(String.fromCharCode(parseInt(json.slice(stop + 2, stop + 6), 16)), stop, stop + 6);
      i = stop + 6;
    } else {
      out.insert(ESCAPES[e!] ?? e!, stop, stop + 2);
      i = stop + 2;
    }
  }
  return out.finish();
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };

import type { ImportFormat } from "./imported.js";

/** The format of a foreign dictionary from its text: LIWC starts with `%`, KH Coder has `＊code` lines, else quanteda YAML. */
export function guessFormat(text: string): ImportFormat {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  if (lines[0] === "%") return "liwc";
  if (lines.some((l) => /^[＊*]\S/.test(l) && !l.includes(":"))) return "khcoder";
  return "quanteda";
}

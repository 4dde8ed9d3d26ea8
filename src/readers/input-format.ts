/** The values of `--input-format` (DESIGN.md "Input formats"). */
export type InputFormat = "text" | "markdown" | "html" | "jsonl" | "csv" | "tsv";

export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html", "jsonl", "csv", "tsv"];

/** What a folder scan reads, by extension (compared case-insensitively). */
const BY_EXTENSION: ReadonlyMap<string, InputFormat> = new Map([
  [".txt", "text"],
  [".md", "markdown"],
  [".markdown", "markdown"],
  [".html", "html"],
  [".htm", "html"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".csv", "csv"],
  [".tsv", "tsv"],
]);

export const INPUT_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

/**
 * `.PDF` → `.pdf`; "" for a name without one (a leading dot does not count: `.bashrc`).
 * Only `/` separates folders: a backslash is a character of a POSIX file name (`\.txt` is a .txt file).
 */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The format a file's name says, or undefined when kouka does not read that extension. */
export function formatOfName(name: string): InputFormat | undefined {
  return BY_EXTENSION.get(extensionOf(name));
}

/** True for the formats whose documents are records (one per line or row), not whole files. */
export function isRecordFormat(format: InputFormat): boolean {
  return format === "jsonl" || format === "csv" || format === "tsv";
}

/**
 * The `title` of a YAML (`title: …`) or TOML (`title = "…"`) front matter between
 * [from, to) of the file, with the span of its value as written, or undefined. Only a
 * one-line title is read (plain, 'single' or "double" quoted); that is how Hugo and
 * Jekyll write them, and a title in another form is left out like the other fields.
 */
export function frontMatterTitle(
  text: string,
  from: number,
  to: number,
  kind: "yaml" | "toml",
): { value: string; from: number; to: number } | undefined {
  const re = kind === "yaml" ? /^title[ \t]*:[ \t]*(.*?)[ \t]*$/gm : /^title[ \t]*=[ \t]*(.*?)[ \t]*$/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to) return undefined;
  let raw = m[1]!;
  let start = m.index + m[0].indexOf(raw, m[0].indexOf(kind === "yaml" ? ":" : "=") + 1);
  if (raw.startsWith('"') || raw.startsWith("'")) {
    const quote = raw[0]!;
    const close = raw.lastIndexOf(quote);
    if (close <= 0) return undefined;
    const inner = raw.slice(1, close);
    start += 1;
    raw = inner;
    const value = quote === "'" ? inner.replace(/''/g, "'") : unescapeDouble(inner);
    return value === undefined ? undefined : { value, from: start, to: start + inner.length };
  }
  if (kind === "toml") return undefined;
  // A plain YAML scalar ends before a comment.
  const comment = raw.search(/[ \t]#/);
  if (comment >= 0) raw = raw.slice(0, comment).trimEnd();
  if (raw === "" || /^[|>&*!{[]/.test(raw)) return undefined;
  return { value: raw, from: start, to: start + raw.length };
}

/** The escapes YAML and TOML share in double quotes; undefined for one we do not read. */
function unescapeDouble(s: string): string | undefined {
  let ok = true;
  const value = s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { n: "\n", t: "\t", '"': '"', "\\": "\\", "/": "/", r: "\r" };
    if (simple[e] === undefined) ok = false;
    return simple[e] ?? "";
  });
  return ok ? value : undefined;
}

/** Where a value is written in a JSON text: [start, end). */
export interface JsonSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The raw span of each top-level field's value in `json`, a text JSON.parse has already
 * accepted as an object (so this scanner never meets bad syntax). Read for what
 * JSON.parse loses: the digits of a number as written (12345678901234567890 stays
 * exact) and where each character of a string is, for line and column in the file.
 * A repeated key keeps its last value, as JSON.parse does.
 */
export function scanJsonFields(json: string): Map<string, JsonSpan> {
  const fields = new Map<string, JsonSpan>();
  let i = skipSpace(json, json.indexOf("{") + 1);
  while (i < json.length && json[i] !== "}") {
    const keyEnd = stringEnd(json, i);
    const key = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, skipSpace(json, keyEnd) + 1); // past the colon
    const end = valueEnd(json, i);
    fields.set(key, { start: i, end });
    i = skipSpace(json, end);
    if (json[i] === ",") i = skipSpace(json, i + 1);
  }
  return fields;
}

function skipSpace(json: string, i: number): number {
  while (i < json.length && (json[i] === " " || json[i] === "\t" || json[i] === "\n" || json[i] === "\r")) i++;
  return i;
}

/** The end of the string starting at json[i] (a quote). */
function stringEnd(json: string, i: number): number {
  for (let k = i + 1; k < json.length; k++) {
    if (json[k] === "\\") k++;
    else if (json[k] === '"') return k + 1;
  }
  return json.length;
}

function valueEnd(json: string, i: number): number {
  const c = json[i];
  if (c === '"') return stringEnd(json, i);
  if (c === "{" || c === "[") {
    let depth = 0;
    for (let k = i; k < json.length; k++) {
      const d = json[k];
      if (d === '"') k = stringEnd(json, k) - 1;
      else if (d === "{" || d === "[") depth++;
      else if (d === "}" || d === "]") {
        if (--depth === 0) return k + 1;
      }
    }
    return json.length;
  }
  let k = i;
  while (k < json.length && !",}] \t\n\r".includes(json[k]!)) k++;
  return k;
}

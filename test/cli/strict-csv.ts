/** RFC 4180, strictly: a bare quote inside an unquoted cell, or text after a closing quote, is an error. */
export function parseStrictCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error("unterminated quoted cell");
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\n") {
          if (text[i] === '"' || text[i] === "\r") throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted cell at ${i}`);
          cell += text[i++];
        }
      }
      row.push(cell);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "\n" || i >= text.length) {
        i++;
        break;
      }
      throw new Error(`text after a quoted cell at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

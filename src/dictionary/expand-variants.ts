/**
 * Expands a term pattern into its spellings: `{a|b}` chooses one alternative,
 * `[x]` is optional, and both nest. `規模[の]経済[性]` gives 規模の経済性, 規模の経済,
 * 規模経済性, 規模経済. Returns an error message for malformed patterns.
 */
export function expandVariants(pattern: string): { variants: string[] } | { error: string } {
  let pos = 0;
  // sequence := (text | group)*, stopping at a closing bracket or `|`
  const sequence = (close: string): string[] => {
    let out = [""];
    while (pos < pattern.length) {
      const c = pattern[pos]!;
      if (c === "}" || c === "]" || c === "|") {
        if (!close.includes(c)) throw new Error(`unexpected '${c}' at character ${pos + 1}`);
        return out;
      }
      pos++;
      let options: string[];
      if (c === "{") {
        options = alternatives();
      } else if (c === "[") {
        options = ["", ...sequence("]")];
        expect("]");
      } else {
        options = [c];
      }
      out = out.flatMap((prefix) => options.map((o) => prefix + o));
      if (out.length > 1000) throw new Error("expands to more than 1000 spellings");
    }
    if (close !== "") throw new Error(`missing '${close[0]}'`);
    return out;
  };
  const alternatives = (): string[] => {
    const out = [...sequence("}|")];
    while (pattern[pos] === "|") {
      pos++;
      out.push(...sequence("}|"));
    }
    expect("}");
    return out;
  };
  const expect = (c: string): void => {
    if (pattern[pos] !== c) throw new Error(`missing '${c}'`);
    pos++;
  };
  try {
    const variants = [...new Set(sequence("").map((v) => v.trim()))].filter((v) => v !== "");
    return variants.length > 0 ? { variants } : { error: "the term is empty" };
  } catch (e) {
    return { error: `bad term pattern '${pattern}': ${(e as Error).message}` };
  }
}

/**
 * Expands a term pattern into its spellings: `{a|b}` chooses one alternative,
 * `[x]` is optional, and both nest. `規模[の]経済[性]` gives 規模の経済性, 規模の経済,
 * 規模経済性, 規模経済. `+` joins two components of a compound as writers join them
 * (see joinComponents): スケール+メリット gives スケールメリット and スケール・メリット,
 * network+effect gives "network effect" and network-effect. Returns an error message for
 * malformed patterns.
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
      } else if (c === "+") {
        out = out.flatMap((prefix) => [prefix + JOINT]);
        continue;
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
    const variants = [...new Set(sequence("").flatMap(joinComponents).map((v) => v.trim()))].filter((v) => v !== "");
    return variants.length > 0 ? { variants } : { error: "the term is empty" };
  } catch (e) {
    return { error: `bad term pattern '${pattern}': ${(e as Error).message}` };
  }
}

/** Marks a `+` while alternatives are multiplied out; resolved once the neighbours are known. */
const JOINT = "\u0000";
const KATAKANA = /[\u30a1-\u30fa\u30fc\uff66-\uff9f]/u;
const LATIN = /[A-Za-z]/;

/**
 * The ways a compound's components are written together: katakana components run
 * together or take a middle dot (スケールメリット, スケール・メリット); Latin words take a
 * space or a hyphen (network effect, network-effect); anything else runs together
 * (規模+の+経済 is 規模の経済).
 */
function joinComponents(spelling: string): string[] {
  let out = [""];
  const parts = spelling.split(JOINT);
  for (const [i, part] of parts.entries()) {
    if (i === 0) {
      out = [part];
      continue;
    }
    const joints = out.map((prefix) => {
      const before = prefix.slice(-1);
      const after = part.slice(0, 1);
      if (KATAKANA.test(before) && KATAKANA.test(after)) return ["", "・"];
      if (LATIN.test(before) && LATIN.test(after)) return [" ", "-"];
      return [""];
    });
    out = out.flatMap((prefix, k) => joints[k]!.map((j) => prefix + j + part));
  }
  return out;
}

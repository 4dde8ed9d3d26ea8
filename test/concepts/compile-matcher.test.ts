import { describe, expect, it } from "vitest";
import { compileMatcher, type Matcher } from "../../src/concepts/compile-matcher.js";
import type { Dictionary } from "../../src/dictionary/dictionary.js";
import { concept, DICTIONARY, GRAMMAR, tokenize } from "./hand-tokens.js";

/** The term stored at the end of `path` in the trie (characters of token keys). */
function termAt(matcher: Matcher, path: string) {
  let node = matcher.root;
  for (const ch of path) {
    const next = node.next.get(ch);
    if (!next) return undefined;
    node = next;
  }
  return node.term;
}

describe("compileMatcher", () => {
  it("indexes every spelling by its token keys", () => {
    const { matcher, problems } = compileMatcher(DICTIONARY, (t) => tokenize(t), GRAMMAR.links);
    expect(problems).toEqual([]);
    expect(termAt(matcher, "規模の経済")?.concept).toBe("scale");
    expect(termAt(matcher, "規模の経済性")?.spelling.text).toBe("規模の経済性");
    expect(termAt(matcher, "ネットワーク効果")?.concept).toBe("network");
    // English keys are folded and singular, spaces dropped.
    expect(termAt(matcher, "economyofscale")?.concept).toBe("scale");
    expect(termAt(matcher, "規模の")).toBeUndefined();
  });

  it("splits <head>の<tail> terms at their first の, for coordination", () => {
    const { matcher } = compileMatcher(DICTIONARY, (t) => tokenize(t), GRAMMAR.links);
    expect(termAt(matcher, "規模の経済")).toMatchObject({ head: "規模", tail: "の経済" });
    expect(termAt(matcher, "ネットワーク効果")?.tail).toBeUndefined();
    const heads = matcher.headsByTail.get("の経済")!.map((t) => t.spelling.text);
    expect(heads).toEqual(["規模の経済", "範囲の経済"]);
    expect(matcher.headsByTail.get("の効果")!.map((t) => t.concept)).toEqual(["scale", "network", "scope"]);
  });

  it("splits English <lead> of <rest> terms after the link word, for coordination", () => {
    const { matcher } = compileMatcher(DICTIONARY, (t) => tokenize(t), GRAMMAR.links);
    expect(termAt(matcher, "economyofscale")).toMatchObject({ lead: "economyof", rest: "scale" });
    expect(termAt(matcher, "規模の経済")?.lead).toBeUndefined();
    expect(matcher.restsByLead.get("economyof")!.map((t) => t.concept)).toEqual(["scale", "scope"]);
    expect(compileMatcher(DICTIONARY, (t) => tokenize(t), new Set()).matcher.restsByLead.size).toBe(0);
  });

  it("reports a term that tokenizes to nothing but spaces or symbols", () => {
    const dictionary: Dictionary = { concepts: [concept("x", ["規模の経済", "・・", "\u3000"], "x.yaml")] };
    const { problems } = compileMatcher(dictionary, (t) => tokenize(t), GRAMMAR.links);
    expect(problems).toEqual([
      { file: "x.yaml", line: 2, message: "term '・・' has no words in it" },
      { file: "x.yaml", line: 3, message: "term '\u3000' has no words in it" },
    ]);
  });

  it("reports a tokenizer that returns no tokens at all", () => {
    const dictionary: Dictionary = { concepts: [concept("x", ["規模"], "x.yaml")] };
    const { problems } = compileMatcher(dictionary, () => [], GRAMMAR.links);
    expect(problems).toEqual([{ file: "x.yaml", line: 1, message: "term '規模' has no words in it" }]);
  });

  it("reports the same spelling in two concepts, naming the first", () => {
    const dictionary: Dictionary = {
      concepts: [concept("scale", ["ネットワーク", "規模の経済"], "a.yaml"), concept("network", ["効果", "規模の経済"], "b.yaml")],
    };
    const { matcher, problems } = compileMatcher(dictionary, (t) => tokenize(t), GRAMMAR.links);
    expect(problems).toEqual([{ file: "b.yaml", line: 2, message: "term '規模の経済' is already a term of concept 'scale' (line 2)" }]);
    expect(termAt(matcher, "規模の経済")?.concept).toBe("scale");
  });

  it("treats spellings with the same keys as the same (case, plural, spaces)", () => {
    const dictionary: Dictionary = { concepts: [concept("a", ["network effects"]), concept("b", ["Network  Effect"])] };
    const { problems } = compileMatcher(dictionary, (t) => tokenize(t), GRAMMAR.links);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("already a term of concept 'a'");
  });

  it("accepts the same spelling twice in one concept", () => {
    const dictionary: Dictionary = { concepts: [concept("a", ["規模の経済", "規模の経済"])] };
    expect(compileMatcher(dictionary, (t) => tokenize(t), GRAMMAR.links).problems).toEqual([]);
  });
});

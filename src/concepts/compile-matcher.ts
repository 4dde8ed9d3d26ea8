import type { DataProblem } from "../data/data-problem.js";
import type { Dictionary, TermSpelling } from "../dictionary/dictionary.js";
import type { Token } from "../token.js";
import { tokenKey } from "./token-key.js";

/** A dictionary spelling as the matcher sees it. */
export interface CompiledTerm {
  readonly concept: string;
  readonly spelling: TermSpelling;
  /**
   * For "<head>の<tail>" terms, the keys before and from the first の, so that
   * 規模と範囲の経済 can lend the tail の経済 to the head 規模.
   */
  readonly head?: string;
  readonly tail?: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  term?: CompiledTerm;
}

/** Terms indexed by the characters of their token keys, read across token boundaries. */
export interface Matcher {
  readonly root: TrieNode;
  /** Heads that can stand before a conjunction, by the tail they share. */
  readonly headsByTail: ReadonlyMap<string, readonly CompiledTerm[]>;
}

export type TermTokenizer = (text: string) => readonly Token[];

/**
 * Tokenizes every spelling with the document pipeline's own tokenizer, so authors
 * write plain text. Reports spellings that tokenize to nothing and spellings that two
 * concepts claim.
 */
export function compileMatcher(dictionary: Dictionary, tokenize: TermTokenizer): { matcher: Matcher; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const root: TrieNode = { next: new Map() };
  const headsByTail = new Map<string, CompiledTerm[]>();
  for (const concept of dictionary.concepts) {
    for (const spelling of concept.terms) {
      const tokens = tokenize(spelling.text).filter((t) => tokenKey(t.surface) !== "");
      if (tokens.length === 0 || tokens.every((t) => t.pos === "記号")) {
        problems.push({ file: spelling.file, line: spelling.line, message: `term '${spelling.text}' has no words in it` });
        continue;
      }
      const keys = tokens.map((t) => tokenKey(t.surface));
      const of = tokens.findIndex((t, i) => i > 0 && t.pos === "助詞" && t.posDetail1 === "連体化");
      const term: CompiledTerm =
        of > 0 ? { concept: concept.id, spelling, head: keys.slice(0, of).join(""), tail: keys.slice(of).join("") } : { concept: concept.id, spelling };
      let node = root;
      for (const ch of keys.join("")) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      if (node.term) {
        if (node.term.concept !== concept.id) {
          problems.push({
            file: spelling.file,
            line: spelling.line,
            message: `term '${spelling.text}' is already a term of concept '${node.term.concept}' (line ${node.term.spelling.line})`,
          });
        }
        continue;
      }
      node.term = term;
      if (term.tail !== undefined) {
        const list = headsByTail.get(term.tail) ?? [];
        list.push(term);
        headsByTail.set(term.tail, list);
      }
    }
  }
  return { matcher: { root, headsByTail }, problems };
}

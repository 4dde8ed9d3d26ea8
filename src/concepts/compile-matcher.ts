import type { DataProblem } from "../data/data-problem.js";
import { needsDocument, type ContextRule } from "../dictionary/context-rule.js";
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
  /**
   * For English "<lead> of <rest>" terms, the keys up to and with the link word and those
   * after it, so that economies of scale can share economies of with a coordinated scope.
   */
  readonly lead?: string;
  readonly rest?: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  term?: CompiledTerm;
  /** A wildcard term `word*`: matches any token whose key (or basic form) goes on from here. */
  prefix?: CompiledTerm;
}

/** Terms indexed by the characters of their token keys, read across token boundaries. */
export interface Matcher {
  readonly root: TrieNode;
  /** Heads that can stand before a conjunction, by the tail they share. */
  readonly headsByTail: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Tails that can follow a conjunction, by the lead they share. */
  readonly restsByLead: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Context rules with a condition over the whole document, by ruleKey(concept, term). */
  readonly documentRules: ReadonlyMap<string, ContextRule>;
  /** Every word those conditions look for, so a document's words are collected only for them. */
  readonly documentWords: ReadonlySet<string>;
}

/** How a mention (concept, term) finds its term's document rule. */
export function ruleKey(concept: string, term: string): string {
  return `${concept}\u0000${term}`;
}

/** `word*`: the term's last word is a prefix (LIWC's wildcard); see dictionaries/README or economies.yaml. */
export function isWildcard(text: string): boolean {
  return text.length > 1 && text.endsWith("*");
}

export type TermTokenizer = (text: string) => readonly Token[];

/** Adds `term` to the list under `key`. */
function index(map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm): void {
  const list = map.get(key) ?? [];
  list.push(term);
  map.set(key, list);
}

/**
 * Tokenizes every spelling with the document pipeline's own tokenizer, so authors
 * write plain text. Reports spellings that tokenize to nothing and spellings that two
 * concepts claim. `links` are the grammar's English link words (of).
 */
export function compileMatcher(
  dictionary: Dictionary,
  tokenize: TermTokenizer,
  links: ReadonlySet<string>,
): { matcher: Matcher; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const root: TrieNode = { next: new Map() };
  const headsByTail = new Map<string, CompiledTerm[]>();
  const restsByLead = new Map<string, CompiledTerm[]>();
  const documentRules = new Map<string, ContextRule>();
  const documentWords = new Set<string>();
  for (const concept of dictionary.concepts) {
    for (const spelling of concept.terms) {
      const wildcard = isWildcard(spelling.text);
      const tokens = tokenize(wildcard ? spelling.text.slice(0, -1) : spelling.text).filter((t) => tokenKey(t.surface) !== "");
      if (tokens.length === 0 || tokens.every((t) => t.pos === "記号")) {
        problems.push({ file: spelling.file, line: spelling.line, message: `term '${spelling.text}' has no words in it` });
        continue;
      }
      const keys = tokens.map((t) => tokenKey(t.surface));
      const of = tokens.findIndex((t, i) => i > 0 && t.pos === "助詞" && t.posDetail1 === "連体化");
      const link = keys.findIndex((k, i) => i > 0 && i < keys.length - 1 && links.has(k));
      const term: CompiledTerm = {
        concept: concept.id,
        spelling,
        ...(of > 0 ? { head: keys.slice(0, of).join(""), tail: keys.slice(of).join("") } : {}),
        ...(link > 0 ? { lead: keys.slice(0, link + 1).join(""), rest: keys.slice(link + 1).join("") } : {}),
      };
      let node = root;
      for (const ch of keys.join("")) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      const slot = wildcard ? "prefix" : "term";
      const earlier = node[slot];
      if (earlier) {
        if (earlier.concept !== concept.id) {
          problems.push({
            file: spelling.file,
            line: spelling.line,
            message: `term '${spelling.text}' is already a term of concept '${earlier.concept}' (line ${earlier.spelling.line})`,
          });
        }
        continue;
      }
      node[slot] = term;
      const rule = spelling.context;
      if (rule && needsDocument(rule)) {
        documentRules.set(ruleKey(concept.id, spelling.text), rule);
        for (const c of [...rule.near, ...rule.notNear]) if (c.within === "document") for (const w of c.words) documentWords.add(w);
      }
      if (term.tail !== undefined) index(headsByTail, term.tail, term);
      if (term.lead !== undefined) index(restsByLead, term.lead, term);
    }
  }
  return { matcher: { root, headsByTail, restsByLead, documentRules, documentWords }, problems };
}

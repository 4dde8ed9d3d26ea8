import { contextWord } from "../context-rule.js";
import type { RuleExpression } from "../rule-expression.js";
import { foreignWord, uniqueIds, type ImportedConcept, type ImportedTerm, type ImportNote, type ImportResult } from "./imported.js";

/*
 * KH Coder coding rules: a line `＊name` (full- or half-width star) starts a code, the lines
 * up to the next code are its condition: words joined by `|` / `or`, `&` / `and`, `!` / `not`
 * (`&!` and-not), parentheses, `near(A-B…)[N]` (within N words, default 10) and `seq(A-B…)`
 * (in this order, next to each other). `#` starts a comment line.
 *
 * KH Coder codes a unit (a sentence, paragraph, document) 0/1; kouka counts mentions. Each
 * alternative of the condition becomes a term, its other parts a rule on that term's sentence:
 * `A & B & !C` → term A, rule and [near B in the sentence, not near C in the sentence];
 * `near(A-B)[5]` → term A, near B within 5 tokens; `seq(A-B)` → the term "AB". What has no
 * kouka form ('raw strings', <>variables, word-->POS, <*code>, a condition with no word to
 * count, near() inside &) is reported by line and left out.
 */

type Expr =
  | { kind: "word"; word: string }
  | { kind: "or" | "and"; items: Expr[] }
  | { kind: "not"; item: Expr }
  | { kind: "near" | "seq"; words: string[]; n: number | undefined }
  /** A part with no kouka form: reported where the alternative holding it is translated. */
  | { kind: "bad"; text: string; why: string };

class Unsupported extends Error {}

function tokenizeRule(text: string): string[] {
  const out: string[] = [];
  const re = /\s*(&!|\(|\)|&|\||!|(?:near|seq)\([^)]*\)(?:\[[^\]]*\])?|'[^']*'|<[^>]*>|[^\s&|!()]+)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    out.push(m[1]!);
    last = re.lastIndex;
  }
  if (text.slice(last).trim() !== "") throw new Unsupported(`cannot read '${text.slice(last).trim()}'`);
  return out;
}

function parseRule(text: string): Expr {
  const tokens = tokenizeRule(text.replace(/（/g, "(").replace(/）/g, ")").replace(/｜/g, "|").replace(/＆/g, "&").replace(/！/g, "!"));
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const isOr = (t: string | undefined): boolean => t === "|" || t?.toLowerCase() === "or";
  const isAnd = (t: string | undefined): boolean => t === "&" || t === "&!" || t?.toLowerCase() === "and";
  const isNot = (t: string | undefined): boolean => t === "!" || t?.toLowerCase() === "not";
  const or = (): Expr => {
    const items = [and()];
    while (isOr(peek())) {
      pos++;
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { kind: "or", items };
  };
  const and = (): Expr => {
    const items = [unary()];
    while (isAnd(peek())) {
      const negate = peek() === "&!";
      pos++;
      if (!negate && isNot(peek())) {
        pos++;
        items.push({ kind: "not", item: unary() });
      } else items.push(negate ? { kind: "not", item: unary() } : unary());
    }
    return items.length === 1 ? items[0]! : { kind: "and", items };
  };
  const unary = (): Expr => {
    const t = tokens[pos++];
    if (t === undefined) throw new Unsupported("the condition ends too early");
    if (isNot(t)) return { kind: "not", item: unary() };
    if (t === "(") {
      const inner = or();
      if (tokens[pos++] !== ")") throw new Unsupported("a '(' is not closed");
      return inner;
    }
    const call = /^(near|seq)\(([^)]*)\)(?:\[([^\]]*)\])?$/.exec(t);
    if (call) {
      const words = call[2]!.split("-").map((w) => w.trim());
      if (words.length < 2 || words.some((w) => w === "")) throw new Unsupported(`${t} needs two or more words joined by '-'`);
      const option = call[3];
      if (option !== undefined && !/^\d+$/.test(option)) throw new Unsupported(`${t}: option [${option}] has no kouka form (only a number of words)`);
      return { kind: call[1] as "near" | "seq", words, n: option === undefined ? undefined : Number(option) };
    }
    if (t.startsWith("'")) return { kind: "bad", text: t, why: `${t} searches raw text; kouka rules match words only` };
    if (t.startsWith("<")) return { kind: "bad", text: t, why: `${t} (a variable or another code) has no kouka form` };
    if (t === ")" || isAnd(t) || isOr(t)) throw new Unsupported(`unexpected '${t}'`);
    if (t.includes("->")) return { kind: "bad", text: t, why: `${t}: a part-of-speech restriction has no kouka form` };
    return { kind: "word", word: t };
  };
  const expr = or();
  if (pos < tokens.length) throw new Unsupported(`unexpected '${tokens[pos]}'`);
  return expr;
}

/** Joins words of seq() into one term: Japanese run together, Latin words with a space. */
function joinWords(words: readonly string[]): string {
  return words.reduce((a, b) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b));
}

const word = (w: string): string => {
  const t = foreignWord(w);
  if ("error" in t) throw new Unsupported(t.error);
  return t.text;
};

/** The rule a non-counted part of an & adds to the sentence of the term's mention. */
function condition(e: Expr): RuleExpression {
  switch (e.kind) {
    case "bad":
      throw new Unsupported(e.why);
    case "word":
      return { op: "near", condition: { within: "sentence", words: [contextWord(word(e.word))] } };
    case "or":
      return { op: "or", items: e.items.map(condition) };
    case "and":
      return { op: "and", items: e.items.map(condition) };
    case "not":
      return { op: "not", item: condition(e.item) };
    case "seq":
      return { op: "seq", steps: e.words.map((w) => [contextWord(word(w))]), gap: Math.max(0, (e.n ?? 1) - 1), within: "sentence" };
    case "near":
      throw new Unsupported("near() combined with & has no kouka form (it is not tied to the counted word)");
  }
}

/** The terms one alternative of a code's condition counts. */
function termsOf(e: Expr): ImportedTerm[] {
  switch (e.kind) {
    case "bad":
      throw new Unsupported(e.why);
    case "word":
      return [{ text: word(e.word) }];
    case "or":
      return e.items.flatMap(termsOf);
    case "seq":
      return e.n === undefined ? [{ text: joinWords(e.words.map(word)) }] : [{ text: word(e.words[0]!), rule: condition(e) }];
    case "near": {
      const [first, ...rest] = e.words.map(word);
      const within = e.n ?? 10;
      const items: RuleExpression[] = rest.map((w) => ({ op: "near", condition: { within, words: [contextWord(w)] } }));
      return [{ text: first!, rule: items.length === 1 ? items[0]! : { op: "and", items } }];
    }
    case "not":
      throw new Unsupported("a condition with nothing but ! names no word to count");
    case "and": {
      // The first part that names words is counted; the rest become its rule.
      const anchor = e.items.findIndex((i) => i.kind !== "not");
      if (anchor < 0) throw new Unsupported("a condition with nothing but ! names no word to count");
      const others = e.items.filter((_, i) => i !== anchor).map(condition);
      const rule: RuleExpression = others.length === 1 ? others[0]! : { op: "and", items: others };
      return termsOf(e.items[anchor]!).map((t) => ({ text: t.text, rule: t.rule ? { op: "and", items: [t.rule, rule] } : rule }));
    }
  }
}

export function importKhCoder(text: string): ImportResult {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const notes: ImportNote[] = [];
  const codes: { name: string; line: number; body: { text: string; line: number }[] }[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === "" || t.startsWith("#")) return;
    const head = /^[＊*](.+)$/.exec(t);
    if (head) return void codes.push({ name: head[1]!.trim(), line, body: [] });
    const code = codes[codes.length - 1];
    if (!code) return void notes.push({ line, message: `'${t}' comes before the first ＊code line: left out` });
    code.body.push({ text: t, line });
  });
  const concepts: ImportedConcept[] = [];
  codes.forEach((code, n) => {
    const terms: ImportedTerm[] = [];
    if (code.body.length === 0) return void notes.push({ line: code.line, message: `code '${code.name}' has no condition: left out` });
    // A condition may run over several lines; each alternative of its top-level | is translated alone.
    const first = code.body[0]!.line;
    let expr: Expr;
    try {
      expr = parseRule(code.body.map((b) => b.text).join(" "));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      return void notes.push({ line: first, message: `code '${code.name}': ${e.message}: left out` });
    }
    for (const alternative of expr.kind === "or" ? expr.items : [expr]) {
      try {
        terms.push(...termsOf(alternative));
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        const shown = firstWord(alternative);
        const line = code.body.find((b) => shown !== undefined && b.text.includes(shown))?.line ?? first;
        notes.push({ line, message: `code '${code.name}': ${e.message}: left out` });
      }
    }
    if (terms.length === 0) return void notes.push({ line: code.line, message: `code '${code.name}' has no condition kouka can use: left out` });
    concepts.push({ id: `code${n + 1}`, label: code.name, terms: dedupe(terms), line: code.line });
  });
  return { concepts: uniqueIds(concepts), notes };
}

function firstWord(e: Expr): string | undefined {
  switch (e.kind) {
    case "word":
      return e.word;
    case "bad":
      return e.text;
    case "near":
    case "seq":
      return e.words[0];
    case "not":
      return firstWord(e.item);
    default:
      return e.items.map(firstWord).find((w) => w !== undefined);
  }
}

function dedupe(terms: readonly ImportedTerm[]): ImportedTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = JSON.stringify(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

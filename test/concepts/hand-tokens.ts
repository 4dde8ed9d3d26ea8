import type { Concept, Dictionary, TermSpelling } from "../../src/dictionary/dictionary.js";
import type { Grammar } from "../../src/grammar/load-grammar.js";
import { parsePosPattern } from "../../src/grammar/pos-pattern.js";
import type { Token } from "../../src/token.js";

/**
 * A stand-in for kuromoji on a small, fixed vocabulary, with IPADIC's tags for these
 * words, so pure stages can be tested on hand-built tokens. Words are found longest
 * first; runs of Latin letters are one unknown proper noun (as kuromoji tags them),
 * runs of spaces one 記号,空白 token, anything else one 記号.
 */
const LEXICON: Record<string, readonly [string, string, string?]> = {
  規模: ["名詞", "一般"],
  経済: ["名詞", "一般"],
  効果: ["名詞", "一般"],
  範囲: ["名詞", "一般"],
  ネットワーク: ["名詞", "一般"],
  外部: ["名詞", "一般"],
  スケール: ["名詞", "一般"],
  メリット: ["名詞", "一般"],
  指標: ["名詞", "一般"],
  企業: ["名詞", "一般"],
  対象: ["名詞", "一般"],
  補助金: ["名詞", "一般"],
  戦争: ["名詞", "一般"],
  中規模: ["名詞", "一般"],
  生産: ["名詞", "サ変接続"],
  管理: ["名詞", "サ変接続"],
  測定: ["名詞", "サ変接続"],
  直接: ["名詞", "副詞可能"],
  重視: ["名詞", "サ変接続"],
  世界: ["名詞", "一般"],
  店舗: ["名詞", "一般"],
  変数: ["名詞", "一般"],
  "100": ["名詞", "数"],
  円: ["名詞", "接尾", "助数詞"],
  型: ["名詞", "接尾", "一般"],
  こと: ["名詞", "非自立", "一般"],
  性: ["名詞", "接尾", "一般"],
  圏: ["名詞", "接尾", "一般"],
  学: ["名詞", "接尾", "一般"],
  的: ["名詞", "接尾", "形容動詞語幹"],
  大: ["接頭詞", "名詞接続"],
  の: ["助詞", "連体化"],
  と: ["助詞", "並立助詞"],
  が: ["助詞", "格助詞", "一般"],
  を: ["助詞", "格助詞", "一般"],
  は: ["助詞", "係助詞"],
  な: ["助動詞", "*"],
  ある: ["動詞", "自立"],
  この: ["連体詞", "*"],
  "・": ["記号", "一般"],
  "、": ["記号", "読点"],
  "。": ["記号", "句点"],
};
const WORDS = Object.keys(LEXICON).sort((a, b) => b.length - a.length);

function token(surface: string, pos: string, d1: string, d2: string, known: boolean, start: number, sentence: number): Token {
  return {
    surface,
    pos,
    posDetail1: d1,
    posDetail2: d2,
    posDetail3: "*",
    basicForm: surface,
    reading: known ? "ヨミ" : "",
    known,
    start,
    end: start + surface.length,
    sentence,
  };
}

/** Tokens of one sentence, placed at `offset` in the document text. */
export function tokenize(text: string, sentence = 0, offset = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const word = WORDS.find((w) => rest.startsWith(w));
    const latin = /^[A-Za-z]+/u.exec(rest)?.[0];
    const space = /^\s+/u.exec(rest)?.[0];
    if (word) {
      const [pos, d1, d2] = LEXICON[word]!;
      out.push(token(word, pos, d1, d2 ?? "*", true, offset + i, sentence));
      i += word.length;
    } else if (latin) {
      out.push(token(latin, "名詞", "固有名詞", "組織", false, offset + i, sentence));
      i += latin.length;
    } else if (space) {
      out.push(token(space, "記号", "空白", "*", false, offset + i, sentence));
      i += space.length;
    } else {
      const ch = String.fromCodePoint(rest.codePointAt(0)!);
      out.push(token(ch, "記号", "一般", "*", false, offset + i, sentence));
      i += ch.length;
    }
  }
  return out;
}

/** A document's tokens: each argument is one sentence; sentences are joined by "\n". */
export function documentTokens(...sentences: string[]): Token[] {
  let offset = 0;
  return sentences.flatMap((s, n) => {
    const tokens = tokenize(s, n, offset);
    offset += s.length + 1;
    return tokens;
  });
}

/** The shipped grammar's rules for these tags (dictionaries/grammar.yaml), written out. */
export const GRAMMAR: Grammar = {
  noun: ["名詞,一般", "名詞,サ変接続", "名詞,固有名詞", "名詞,形容動詞語幹", "名詞,ナイ形容詞語幹"].map(parsePosPattern),
  suffix: ["名詞,接尾,一般", "名詞,接尾,サ変接続"].map(parsePosPattern),
  prefix: ["接頭詞,名詞接続"].map(parsePosPattern),
  adjectival: ["名詞,接尾,形容動詞語幹"].map(parsePosPattern),
  stopWords: new Set(["こと"]),
  conjunctions: new Set(["と", "・", "and", "or"]),
  links: new Set(["of"]),
  keepAfter: new Set(["重視", "型"]),
  breakAfter: new Set(),
  fuseBefore: ["名詞,接尾,助数詞", "名詞,数"].map(parsePosPattern),
};

type TermSpec = string | { readonly term: string; readonly open: true };

export function concept(id: string, terms: readonly TermSpec[], file = "test.yaml"): Concept {
  return {
    id,
    file,
    line: 1,
    label: id.toUpperCase(),
    description: "",
    terms: terms.map((t, i): TermSpelling => {
      const text = typeof t === "string" ? t : t.term;
      return { text, leftOpen: typeof t !== "string", file, line: i + 1 };
    }),
  };
}

/** A small dictionary in the spirit of dictionaries/economies.yaml. */
export const DICTIONARY: Dictionary = {
  concepts: [
    concept("scale", [{ term: "規模の経済", open: true }, { term: "規模の経済性", open: true }, "規模の効果", "スケールメリット", "economy of scale"]),
    concept("network", [{ term: "ネットワーク効果", open: true }, "直接ネットワーク効果", "ネットワークの効果", "network effect"]),
    concept("scope", [{ term: "範囲の経済", open: true }, "範囲の効果", "economy of scope"]),
  ],
};

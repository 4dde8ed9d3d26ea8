import fs from "node:fs";
import path from "node:path";

export interface Article {
  readonly name: string;
  readonly text: string;
}

/** A folder of files written for one measurement. */
export interface Corpus {
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly chars: number;
}

export function readArticles(corpusDir: string): Article[] {
  const names = fs.readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort();
  if (names.length === 0) throw new Error(`no *.txt articles in ${corpusDir}`);
  return names.map((name) => ({ name, text: fs.readFileSync(path.join(corpusDir, name), "utf8") }));
}

/**
 * Copies of the articles, one per file and in turn, until the folder holds `targetBytes`:
 * documents keep their real sizes (5 to 11 KB), only their number grows.
 */
export function writeCorpus(dir: string, articles: readonly Article[], targetBytes: number): Corpus {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let chars = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const article = articles[files % articles.length]!;
    fs.writeFileSync(path.join(dir, `${String(files).padStart(6, "0")}_${article.name}`), article.text);
    bytes += Buffer.byteLength(article.text);
    chars += article.text.length;
    files++;
  }
  return { dir, files, bytes, chars };
}

/**
 * The punctuation taken out of the long line: the sentence punctuation kuromoji splits
 * on (without it its lattice grows superlinearly). Brackets stay: without them
 * neighbouring terms run together into one compound (「規模の効果」「ネットワークの効果」
 * → 規模の効果ネットワークの効果), which is rightly no mention any more.
 */
const PUNCTUATION = /[。、]/gu;

export interface LongLine {
  readonly file: string;
  readonly bytes: number;
  readonly chars: number;
}

export interface LongLines {
  /** The seed's first line, repeated, as one line. */
  readonly punctuated: LongLine;
  /** The same with 。、「」 removed: one line with no place kuromoji or splitSentences cuts at. */
  readonly unpunctuated: LongLine;
  /**
   * The same words as `unpunctuated` but with a line break where each 。 was: short
   * sentences again, so comparing its mentions with `unpunctuated` isolates what the
   * long-run cuts change from what removing 、「」 between terms changes.
   */
  readonly brokenAtStops: LongLine;
}

/** One line of the corpus's articles, and the same text with a line break after each 。. */
export interface OneLine {
  readonly oneLine: LongLine;
  readonly lines: LongLine;
}

/**
 * The articles' text without its line breaks, repeated to targetBytes, as one line; and
 * the same with a line break after each 。, which ends a sentence either way, so both
 * have the same sentences and the same mentions (issue 12: a 6 MB line took 66 s).
 */
export function writeOneLine(dir: string, articles: readonly Article[], targetBytes: number): OneLine {
  const body = articles.map((a) => a.text.replace(/\s*[\r\n]+\s*/gu, "")).join("");
  const copies = Math.ceil(targetBytes / Buffer.byteLength(body));
  const text = Array.from({ length: copies }, () => body).join("");
  const write = (name: string, t: string): LongLine => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${t}\n`);
    return { file, bytes: Buffer.byteLength(t), chars: t.length };
  };
  fs.mkdirSync(dir, { recursive: true });
  return { oneLine: write("one-line.txt", text), lines: write("in-lines.txt", text.replace(/。/gu, "。\n")) };
}

/** Sized on the stripped text, so the one-line case itself is at least targetBytes. */
export function writeLongLines(dir: string, seed: string, targetBytes: number): LongLines {
  const line = (seed.split("\n")[0] ?? "").trim();
  if (line === "") throw new Error("the seed article has an empty first line");
  const copies = Math.ceil(targetBytes / Buffer.byteLength(line.replace(PUNCTUATION, "")));
  const punctuated = Array.from({ length: copies }, () => line).join(" ");
  const write = (name: string, text: string): LongLine => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${text}\n`);
    return { file, bytes: Buffer.byteLength(text), chars: text.length };
  };
  fs.mkdirSync(dir, { recursive: true });
  return {
    punctuated: write("long-punctuated.txt", punctuated),
    unpunctuated: write("long-unpunctuated.txt", punctuated.replace(PUNCTUATION, "")),
    brokenAtStops: write("long-broken-at-stops.txt", punctuated.replace(/。/gu, "\n").replace(PUNCTUATION, "")),
  };
}

/** `files` files of about `chars / files` characters each, made of the articles in turn (the --jobs case: few large documents). */
export function writeFewFiles(dir: string, articles: readonly Article[], files: number, chars: number): Corpus {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let total = 0;
  let next = 0;
  for (let f = 0; f < files; f++) {
    let text = "";
    while (text.length < chars / files) text += `${articles[next++ % articles.length]!.text}\n`;
    fs.writeFileSync(path.join(dir, `${String(f).padStart(3, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    total += text.length;
  }
  return { dir, files, bytes, chars: total };
}

import type { DictionaryData } from "./ipadic-data.js";
import { featureReader } from "./ipadic-features.js";
import { Lattice } from "./ipadic-lattice.js";
import { ensure, type Pages } from "./ipadic-pages.js";
import { unknownWords, type UnknownWords } from "./ipadic-unknown.js";
import { isSentenceEnd, type Tokenizer, type WordToken } from "./tokenizer.js";

/** Reads the pages under a whole section. */
function ensureView(pages: Pages, view: ArrayBufferView): void {
  ensure(pages, view.byteOffset, view.byteOffset + view.byteLength);
}

/** A word from kuromoji's feature fields (IpadicFormatter's order); missing fields are "". */
function wordToken(f: readonly string[], surface: string, known: boolean): WordToken {
  return {
    surface,
    pos: f[1] ?? "",
    posDetail1: f[2] ?? "",
    posDetail2: f[3] ?? "",
    posDetail3: f[4] ?? "",
    conjugatedType: f[5] ?? "",
    conjugatedForm: f[6] ?? "",
    basicForm: f[7] ?? "",
    // kuromoji gives unknown words no reading or pronunciation.
    reading: known ? (f[8] ?? "") : "",
    pronunciation: known ? (f[9] ?? "") : "",
    known,
  };
}

/**
 * kouka's IPADIC engine: kuromoji's dictionary files (decoded into `data`, see ipadic-decode.ts)
 * read as data, tokenized by a fused lattice + Viterbi on typed arrays (ipadic-lattice.ts).
 * Words are made only for the best path, and a dictionary word's token is made once and
 * shared (tokens carry no position). Every read of `data` asks `pages` first, so a short run
 * reads only the pages it touches.
 */
export function ipadicEngine(data: DictionaryData, pages: Pages): Tokenizer {
  for (const view of [data.posNames, data.unknownInfo, data.unknownFeatures, data.unknownMap, data.charInvoke]) ensureView(pages, view);
  ensure(pages, data.connectionCosts.byteOffset, data.connectionCosts.byteOffset + 4);
  const unknown: UnknownWords = unknownWords(data, pages);
  const lattice = new Lattice({
    trie: data.trie,
    unitTrie: data.unitTrie,
    unitCodes: data.unitCodes,
    words: data.words,
    connectionCosts: data.connectionCosts,
    unknown,
    pages,
  });
  const features = featureReader({ starts: data.featureStarts, units: data.featureUnits, posNames: data.posNames }, pages);
  // Dictionary words met so far, densely: slot[id / 10] is 1 + their index in `known`.
  const slot = new Int32Array(data.featureStarts.length);
  const known: WordToken[] = [];
  const knownToken = (id: number): WordToken => {
    const k = id / 10;
    const s = k < slot.length ? (slot[k] as number) : -1;
    if (s > 0) return known[s - 1] as WordToken;
    const f = features(id).split(",");
    const token = wordToken(f, f[0] ?? "", true);
    if (s === 0) slot[k] = known.push(token);
    return token;
  };

  const sentence = (text: string, out: WordToken[]): void => {
    const length = lattice.run(text);
    const { path, word } = lattice;
    for (let i = 0; i < length; i++) {
      const node = path[i] as number;
      const id = word[node] as number;
      if (id >= 0) out.push(knownToken(id));
      else {
        const surface = lattice.surface(text, node);
        out.push(wordToken(unknown.features(-id - 1), surface, false));
      }
    }
  };

  return {
    tokenize(text: string): readonly WordToken[] {
      const out: WordToken[] = [];
      let from = 0;
      for (let i = 0; i < text.length; i++) {
        if (!isSentenceEnd(text.charCodeAt(i))) continue;
        sentence(from === 0 && i + 1 === text.length ? text : text.slice(from, i + 1), out);
        from = i + 1;
      }
      if (from < text.length) sentence(from === 0 ? text : text.slice(from), out);
      return out;
    },
  };
}

import kuromoji, { type IpadicFeatures } from "kuromoji";
import type { Tokenizer, WordToken } from "./tokenizer.js";

/** A stock kuromoji token as kouka's word; fields kuromoji leaves unset are "". */
export function fromKuromoji(k: IpadicFeatures): WordToken {
  return {
    surface: k.surface_form,
    pos: k.pos ?? "",
    posDetail1: k.pos_detail_1 ?? "",
    posDetail2: k.pos_detail_2 ?? "",
    posDetail3: k.pos_detail_3 ?? "",
    conjugatedType: k.conjugated_type ?? "",
    conjugatedForm: k.conjugated_form ?? "",
    basicForm: k.basic_form ?? "",
    reading: k.reading ?? "",
    pronunciation: k.pronunciation ?? "",
    known: k.word_type === "KNOWN",
  };
}

/**
 * Stock kuromoji behind kouka's Tokenizer: the reference the IPADIC engine is checked
 * against (tests, bench). Built through kuromoji's public builder only.
 */
export function stockTokenizer(dicPath: string): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      if (err) reject(err);
      else resolve({ tokenize: (text) => tokenizer.tokenize(text).map(fromKuromoji) });
    });
  });
}

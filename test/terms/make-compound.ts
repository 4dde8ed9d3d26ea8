import type { Compound } from "../../src/compound/compound.js";

/**
 * A compound unit for fixtures. Token positions do not matter to the scorers, so
 * they are faked from a counter; parts default to the text as a single noun.
 */
let nextToken = 0;
export function compound(text: string, parts: readonly string[] = [text], sentence = 0): Compound {
  const from = nextToken;
  nextToken += parts.length;
  return { from, to: nextToken, text, parts, sentence };
}

/**
 * The shared fixture (two documents, sentence numbers in brackets):
 *
 *   doc 0: 補助金戦争[0] 補助金[1] 戦争[1] 価格戦争[2]
 *   doc 1: 補助金戦争[0] EV補助金戦争[1] ネットワーク効果[2] ネットワーク[2] ネットワーク[3]
 *
 * Standalone frequencies: 補助金戦争 2, ネットワーク 2, all others 1.
 */
export function subsidyCorpus(): Compound[][] {
  return [
    [
      compound("補助金戦争", ["補助金", "戦争"], 0),
      compound("補助金", ["補助金"], 1),
      compound("戦争", ["戦争"], 1),
      compound("価格戦争", ["価格", "戦争"], 2),
    ],
    [
      compound("補助金戦争", ["補助金", "戦争"], 0),
      compound("EV補助金戦争", ["EV", "補助金", "戦争"], 1),
      compound("ネットワーク効果", ["ネットワーク", "効果"], 2),
      compound("ネットワーク", ["ネットワーク"], 2),
      compound("ネットワーク", ["ネットワーク"], 3),
    ],
  ];
}

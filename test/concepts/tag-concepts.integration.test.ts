import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument, type DocumentAnalysis } from "../../src/pipeline.js";
import { loadResources, type Resources } from "../../src/resources.js";

/**
 * tagConcepts through the real pipeline: kuromoji, dictionaries/economies.yaml and
 * grammar.yaml, on sentences written for each family of DESIGN.md "What counts as a
 * mention".
 */
let resources: Resources;
beforeAll(async () => {
  resources = await loadResources();
});

const analyze = (text: string): DocumentAnalysis => analyzeDocument(text, { ...resources, clean: true });

function counts(text: string): { scale: number; network: number; scope: number } {
  const c = { scale: 0, network: 0, scope: 0 };
  for (const m of analyze(text).mentions) c[m.concept as keyof typeof c]++;
  return c;
}

const NONE = { scale: 0, network: 0, scope: 0 };

describe("traps: ordinary words that only look like a term", () => {
  it.each([
    // the term's last noun continues into a longer compound
    ["県は圏域内の企業規模の経済指標を毎年公表する。"],
    ["市は補助制度の適用範囲の経済分析を進めている。"],
    ["人口百万人ほどの中規模の経済圏を形成する構想がある。"],
    // an adjectival suffix turns the head into a modifier
    ["事業範囲の経済的側面だけを見て判断してはならない。"],
    ["成果を知ってもらうには広範囲の効果的な広報が欠かせない。"],
    ["市は地元企業にネットワークの効果的な管理を委託した。"],
    // bare words in ordinary senses
    ["大規模なデータセンターの建設が相次いでいる。"],
    ["国内の市場規模は三兆円に達した。"],
    ["災害に強い通信ネットワークを築く。"],
    ["障害の影響範囲を最小限に抑える。"],
    ["スケールの大きな構想だと評価された。"],
    // a generic phrase after a modifier keeps its plain meaning
    ["実験の対象範囲の効果を検証した。"],
  ])("%s → 0", (text) => {
    expect(counts(text)).toEqual(NONE);
  });

  it("gives zero for a term only inside a longer word", () => {
    expect(counts("規模の経済学を学ぶ学生が増えた。")).toEqual(NONE);
    expect(counts("ネットワーク効果測定の手法を比べる。")).toEqual(NONE);
  });

  it("does not join a keyword list's short lines into a term", () => {
    // Each line is a separate keyword (short lines keep their breaks).
    expect(counts("キーワード\n通信\nネットワーク\n効果\n規模")).toEqual(NONE);
  });
});

describe("mentions grep misses or miscounts", () => {
  it("keeps the head after a left modifier for open terms", () => {
    expect(counts("推論用の半導体を自社で設計する動きも、生産規模の経済性を取り込むための一手だ。")).toEqual({ scale: 1, network: 0, scope: 0 });
  });

  it("finds half-width and full-width forms", () => {
    expect(counts("ＳＮＳではﾈｯﾄﾜｰｸ効果が強く働く。")).toEqual({ scale: 0, network: 1, scope: 0 });
    expect(counts("ＡＩ企業はｽｹｰﾙﾒﾘｯﾄを追う。")).toEqual({ scale: 1, network: 0, scope: 0 });
    expect(analyze("生成ＡＩの企業").tokens.map((t) => t.surface)).toContain("AI");
    expect(counts("Ｎｅｔｗｏｒｋ ｅｆｆｅｃｔｓ という表現もある。")).toEqual({ scale: 0, network: 1, scope: 0 });
  });

  it("finds a term broken by a hard wrap inside a long paragraph", () => {
    const text = [
      "中小企業にとって、この構造は二つの意味を持つ。とりわけ受発注のように取引先との",
      "間でデータをやり取りするサービスでは、利用する企業が増えるほどネットワーク",
      "効果が働くため、取引先が使っているサービスを自社も使わざるを得ない状況が生じ",
      "やすい。",
    ].join("\n");
    expect(text).not.toContain("ネットワーク効果");
    expect(counts(text)).toEqual({ scale: 0, network: 1, scope: 0 });
    expect(counts(text.replaceAll("\n", "\r\n"))).toEqual({ scale: 0, network: 1, scope: 0 });
  });

  it("finds English inside Japanese, in any case and number", () => {
    expect(counts("英語では Economies of Scale と呼ぶ。")).toEqual({ scale: 1, network: 0, scope: 0 });
    expect(counts("いわゆる NETWORK EFFECTS である。")).toEqual({ scale: 0, network: 1, scope: 0 });
    expect(counts("経済学の network externalities の議論だ。")).toEqual({ scale: 0, network: 1, scope: 0 });
    expect(counts("これは an economy of scope の例だ。")).toEqual({ scale: 0, network: 0, scope: 1 });
    expect(counts("a network effect と network effects は同じ概念だ。")).toEqual({ scale: 0, network: 2, scope: 0 });
  });

  it("counts both concepts of a coordination", () => {
    expect(counts("総合商社は規模と範囲の経済を同時に追う。")).toEqual({ scale: 1, network: 0, scope: 1 });
    expect(counts("経営学の道具立て、すなわち規模・範囲の経済性に沿って整理する。")).toEqual({ scale: 1, network: 0, scope: 1 });
    expect(counts("英語では economies of scale and scope と呼ぶ。")).toEqual({ scale: 1, network: 0, scope: 1 });
    expect(counts("Economies of Scope or of Scale?")).toEqual({ scale: 1, network: 0, scope: 1 });
    expect(counts("economies of scale, and scope for growth")).toEqual({ scale: 1, network: 0, scope: 0 });
  });

  it("keeps a mention followed by 等 (etc.), a stop word that starts no new compound", () => {
    // 等 is 名詞,接尾,一般 in IPADIC, so it reads as a suffix continuing the compound;
    // grammar.yaml lists it among the stop words, too general to be part of a term.
    expect(counts("規模の経済等の効果が働く。")).toEqual({ scale: 1, network: 0, scope: 0 });
    expect(counts("ネットワーク効果等を分析した。")).toEqual({ scale: 0, network: 1, scope: 0 });
  });

  it("counts 直接ネットワーク効果 and 規模の経済性 once each", () => {
    expect(counts("利用者同士が価値を与え合う直接ネットワーク効果が働く。")).toEqual({ scale: 0, network: 1, scope: 0 });
    expect(counts("データセンターには規模の経済性が強く働く。")).toEqual({ scale: 1, network: 0, scope: 0 });
  });

  it("lets the longest dictionary term win and names it", () => {
    const terms = (text: string): string[] => analyze(text).mentions.map((m) => m.term);
    expect(terms("規模の経済性が働く。")).toEqual(["規模の経済性"]);
    expect(terms("規模の経済効果が大きい。")).toEqual(["規模の経済効果"]);
    expect(terms("間接ネットワーク効果が働く。")).toEqual(["間接ネットワーク効果"]);
    expect(terms("ネットワーク外部性が働く。")).toEqual(["ネットワーク外部性"]);
  });
});

describe("counting is not substring search", () => {
  it("finds fewer mentions than grep -o where the term is inside longer words", () => {
    const text = "規模の経済学の教科書は、企業規模の経済指標や中規模の経済圏ではなく、規模の経済を正面から扱う。";
    const grep = text.split("規模の経済").length - 1;
    expect(grep).toBe(4);
    expect(counts(text)).toEqual({ scale: 1, network: 0, scope: 0 });
  });

  it("finds the term inside each one it should, and nothing in the lookalikes", () => {
    const text = "ネットワーク効果は、ネットワークの効果的な管理やネットワーク効果測定とは別の話で、間接ネットワーク効果もある。";
    expect(text.split("ネットワーク").length - 1).toBe(4);
    const mentions = analyze(text).mentions;
    expect(mentions.map((m) => m.term)).toEqual(["ネットワーク効果", "間接ネットワーク効果"]);
  });
});

describe("long runs without punctuation", () => {
  it("loses no term in a 2,000-character keyword list joined by ・", () => {
    const tags = ["規模の経済", "ネットワーク効果", "範囲の経済", "スケールメリット", "プラットフォーム戦略", "補助金戦争", "生成AI", "データセンター"];
    let text = "";
    while (text.length < 2_000) text += tags.join("・") + "・";
    const n = (term: string): number => text.split(term).length - 1;
    expect(counts(tags.join("・"))).toEqual({ scale: 2, network: 1, scope: 1 });
    expect(counts(text)).toEqual({ scale: n("規模の経済") + n("スケールメリット"), network: n("ネットワーク効果"), scope: n("範囲の経済") });
  });
});

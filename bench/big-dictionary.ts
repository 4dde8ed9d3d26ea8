/**
 * A generated user dictionary of `terms` distinct terms over 50 concepts: two-word
 * compounds of common business nouns (市場顧客, 価格物流…), every 10th with a near rule,
 * every 25th with an and/not/seq rule and every 50th a `word*` wildcard, so that loading
 * and matching pay for rules and wildcards too. Deterministic: the same text every run.
 */
const NOUNS = (
  "市場 顧客 製品 価格 物流 在庫 品質 需要 供給 投資 資本 利益 売上 費用 人材 組織 戦略 技術 開発 研究 " +
  "販売 営業 広告 流通 取引 契約 金融 融資 債券 株式 配当 税金 規制 政策 政府 企業 産業 工場 設備 生産 " +
  "輸出 輸入 為替 物価 賃金 雇用 消費 貯蓄 景気 成長 競争 提携 買収 合併 統合 分割 事業 部門 店舗 拠点 " +
  "通信 電力 鉄道 航空 海運 医療 保険 教育 農業 漁業 建設 不動産 観光 外食 小売 卸売 情報 特許 商標 基盤"
).split(" ");

export function bigDictionaryYaml(terms: number): string {
  const concepts = 50;
  const lines = ["concepts:"];
  const all: string[] = [];
  for (const a of NOUNS) for (const b of NOUNS) if (a !== b) all.push(a + b);
  if (all.length < terms) throw new Error(`only ${all.length} generated terms`);
  const per = Math.ceil(terms / concepts);
  for (let c = 0; c < concepts; c++) {
    lines.push(`  - id: gen${c + 1}`, `    label: 概念${c + 1}`, "    terms:");
    for (let i = c * per; i < Math.min(terms, (c + 1) * per); i++) {
      const term = all[i]!;
      if (i % 50 === 0) lines.push(`      - ${term}*`);
      else if (i % 25 === 0) lines.push(`      - term: ${term}`, "        rule:", "          and:", "            - near: { within: sentence, words: [事業, 企業] }", "            - not: { seq: [市場, 規模], gap: 1 }");
      else if (i % 10 === 0) lines.push(`      - term: ${term}`, "        near: { within: 8, words: [経済, 効果] }");
      else lines.push(`      - ${term}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

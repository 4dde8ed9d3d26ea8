import { fnv1a32 } from "../partial/shard.js";
import type { MentionRecord } from "../report/mention-rows.js";
import { compareCodePoints } from "../text/compare-code-points.js";

/** A KWIC row of the report: a mention and the document it is in. */
export interface KwicRow extends MentionRecord {
  readonly document: string;
}

export interface KwicSample {
  /** The kept rows, by document, line and column. */
  readonly rows: readonly KwicRow[];
  /** Mentions seen in all. */
  readonly total: number;
  /** True when some mentions were left out. */
  readonly sampled: boolean;
}

const keyOf = (r: KwicRow): string => `${r.document}:${r.line}:${r.column}:${r.concept}`;

/**
 * At most `perConcept` mentions of each concept: those whose place hashes lowest (FNV-1a),
 * so the sample is the same whatever the order documents come in (and spread over the
 * corpus, not its first documents). Memory stays within twice the sample.
 */
export function createKwicSample(perConcept: number): { add(document: string, mentions: readonly MentionRecord[]): void; sample(): KwicSample } {
  const kept = new Map<string, { hash: number; key: string; row: KwicRow }[]>();
  let total = 0;
  let dropped = false;
  const byHash = (a: { hash: number; key: string }, b: { hash: number; key: string }): number => a.hash - b.hash || compareCodePoints(a.key, b.key);
  const trim = (list: { hash: number; key: string; row: KwicRow }[]): void => {
    list.sort(byHash);
    if (list.length > perConcept) dropped = true;
    list.length = Math.min(list.length, perConcept);
  };
  return {
    add(document, mentions) {
      for (const m of mentions) {
        total++;
        const row: KwicRow = { document, ...m };
        const key = keyOf(row);
        let list = kept.get(m.concept);
        if (list === undefined) kept.set(m.concept, (list = []));
        list.push({ hash: fnv1a32(key), key, row });
        if (list.length >= perConcept * 2) trim(list);
      }
    },
    sample() {
      const rows: KwicRow[] = [];
      for (const list of kept.values()) {
        trim(list);
        rows.push(...list.map((e) => e.row));
      }
      rows.sort((a, b) => compareCodePoints(a.document, b.document) || a.line - b.line || a.column - b.column || compareCodePoints(a.concept, b.concept));
      return { rows, total, sampled: dropped };
    },
  };
}

import { KoukaError } from "../errors.js";
import type { DocumentResult } from "../result/document-result.js";
import { compareCodePoints } from "../text/compare-code-points.js";
import { parseDate, periodLabel, periodRange, PERIODS, type Period } from "./parse-date.js";

/** One `--by` field: a record field or `dir`, read as a date when a period is given. */
export interface GroupField {
  readonly field: string;
  readonly period?: Period;
}

/** The group of a document without the field, and of one whose date cannot be read. */
export const NONE = "(none)";
export const INVALID = "(invalid)";
/** The folder a document came from, as a group field. */
export const DIR_FIELD = "dir";

/** `date:month,outlet` → two fields; at most two. */
export function parseGroupFields(spec: string): GroupField[] {
  const fields = spec.split(",").map((part): GroupField => {
    const [field = "", period, ...rest] = part.trim().split(":");
    if (field === "" || rest.length > 0) throw new KoukaError("USAGE", "--by", `expected FIELD or FIELD:year|month|day, got '${part}'`);
    if (period === undefined) return { field };
    if (!PERIODS.includes(period as Period)) throw new KoukaError("USAGE", "--by", `'${period}' is not a period (year, month or day)`);
    return { field, period: period as Period };
  });
  if (fields.length > 2) throw new KoukaError("USAGE", "--by", `at most two fields, got ${fields.length}`);
  if (fields.length === 2 && fields[0]!.field === fields[1]!.field && fields[0]!.period === fields[1]!.period) {
    throw new KoukaError("USAGE", "--by", `'${fields[0]!.field}' is given twice`);
  }
  return fields;
}

/** The column name of a field in the report: the field itself (`date`), whatever the period. */
export function groupColumns(fields: readonly GroupField[]): string[] {
  return fields.map((f) => f.field);
}

export interface Grouping {
  /** The group labels of a document, one per field. */
  keyOf(result: DocumentResult): readonly string[];
  /** Every group to report, in order: date periods in time order with the empty ones filled in. */
  keys(): string[][];
  /** One line per field with documents in (none) or (invalid), saying how many. */
  notes(): string[];
}

const SEP = "\u0000";

export function createGrouping(fields: readonly GroupField[]): Grouping {
  const seen = new Set<string>();
  const none = fields.map(() => 0);
  const invalid = fields.map(() => ({ count: 0, example: "" }));
  const labelOf = (result: DocumentResult, i: number): string => {
    const f = fields[i]!;
    const value = f.field === DIR_FIELD ? result.dir : result.meta[f.field];
    if (value === undefined || value.trim() === "") {
      none[i]!++;
      return NONE;
    }
    if (f.period === undefined) return value;
    const date = parseDate(value);
    const label = date && periodLabel(date, f.period);
    if (label === undefined) {
      if (invalid[i]!.count++ === 0) invalid[i]!.example = value;
      return INVALID;
    }
    return label;
  };
  return {
    keyOf(result) {
      const key = fields.map((_, i) => labelOf(result, i));
      seen.add(key.join(SEP));
      return key;
    },
    keys: () => orderKeys(fields, [...seen].map((k) => k.split(SEP))),
    notes: () =>
      fields.flatMap((f, i) => [
        ...(none[i]! > 0 ? [`--by ${f.field}: ${documents(none[i]!)} without '${f.field}' in group ${NONE}`] : []),
        ...(invalid[i]!.count > 0
          ? [`--by ${f.field}: ${documents(invalid[i]!.count)} with a '${f.field}' that is not a date (such as '${invalid[i]!.example}') in group ${INVALID}`]
          : []),
      ]),
  };
}

function documents(n: number): string {
  return n === 1 ? "1 document" : `${n} documents`;
}

const isSpecial = (label: string): boolean => label === NONE || label === INVALID;

/** Specials after the values: (invalid), then (none). */
function compareLabels(a: string, b: string): number {
  const rank = (l: string): number => (l === INVALID ? 1 : l === NONE ? 2 : 0);
  return rank(a) - rank(b) || compareCodePoints(a, b);
}

function orderKeys(fields: readonly GroupField[], seen: readonly string[][]): string[][] {
  const dated = fields.map((f) => f.period !== undefined);
  if (!dated.includes(true)) return [...seen].sort(compareKeys);
  // Date axes run over every period from the first to the last seen; other fields keep their seen values.
  const axes = fields.map((f, i) => {
    const labels = [...new Set(seen.map((k) => k[i]!))];
    if (f.period === undefined) return labels.sort(compareLabels);
    const dates = labels.filter((l) => !isSpecial(l)).sort(compareCodePoints);
    const range = dates.length === 0 ? [] : periodRange(dates[0]!, dates[dates.length - 1]!, f.period);
    return [...range, ...labels.filter(isSpecial).sort(compareLabels)];
  });
  const seenKeys = new Set(seen.map((k) => k.join(SEP)));
  const undatedSeen = new Set(seen.map((k) => k.filter((_, i) => !dated[i]).join(SEP)));
  const keep = (key: string[]): boolean =>
    seenKeys.has(key.join(SEP)) ||
    (key.every((l, i) => !dated[i] || !isSpecial(l)) && undatedSeen.has(key.filter((_, i) => !dated[i]).join(SEP)));
  const out: string[][] = [];
  for (const a of axes[0]!) {
    if (axes.length === 1) {
      if (keep([a])) out.push([a]);
      continue;
    }
    for (const b of axes[1]!) if (keep([a, b])) out.push([a, b]);
  }
  return out;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareLabels(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

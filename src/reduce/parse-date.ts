/** A calendar date as written, as precise as it was written. */
export interface WrittenDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type Period = "year" | "month" | "day";
export const PERIODS: readonly Period[] = ["year", "month", "day"];

/** Japanese eras kouka reads: first day, so a date before it is not of that era. */
const ERAS: Readonly<Record<string, { readonly start: readonly [number, number, number]; readonly end?: readonly [number, number, number] }>> = {
  令和: { start: [2019, 5, 1] },
  平成: { start: [1989, 1, 8], end: [2019, 4, 30] },
};

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T\d{2,6}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const SLASHED = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const KANJI = /^(\d{4})年(?:\s*(\d{1,2})月(?:\s*(\d{1,2})日)?)?$/u;
const ERA = /^(令和|平成)\s*(\d{1,2}|元)年(?:\s*(\d{1,2})月(?:\s*(\d{1,2})日)?)?$/u;

/**
 * Reads a date written as ISO 8601 (`2024-03-05`, `2024-03-05T10:00:00+09:00`, `2024-03`,
 * `20240305`), `2024/3/5`, `2024年3月5日` or `令和6年3月5日` (full-width digits too). A time
 * or zone after the date is ignored: the date is the calendar day as written, never moved
 * to another zone. Undefined when the text is none of these or no such day exists.
 */
export function parseDate(text: string): WrittenDate | undefined {
  const s = text.normalize("NFKC").trim();
  const m = ISO.exec(s) ?? ISO_BASIC.exec(s) ?? SLASHED.exec(s) ?? KANJI.exec(s);
  if (m) return checked(Number(m[1]), m[2], m[3]);
  const e = ERA.exec(s);
  if (!e) return undefined;
  const era = ERAS[e[1]!]!;
  const year = era.start[0] + (e[2] === "元" ? 1 : Number(e[2])) - 1;
  const date = checked(year, e[3], e[4]);
  if (date === undefined || e[2] === "0") return undefined;
  const key = [date.year, date.month ?? 12, date.day ?? 31];
  const keyLow = [date.year, date.month ?? 1, date.day ?? 1];
  if (compare(key, era.start) < 0) return undefined;
  if (era.end && compare(keyLow, era.end) > 0) return undefined;
  return date;
}

function checked(year: number, month: string | undefined, day: string | undefined): WrittenDate | undefined {
  if (month === undefined) return { year };
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return { year, month: m };
  const d = Number(day);
  if (d < 1 || d > daysIn(year, m)) return undefined;
  return { year, month: m, day: d };
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** `2024`, `2024-03` or `2024-03-05`; undefined when the date is less precise than the period. */
export function periodLabel(date: WrittenDate, period: Period): string | undefined {
  const y = String(date.year).padStart(4, "0");
  if (period === "year") return y;
  if (date.month === undefined) return undefined;
  const m = `${y}-${String(date.month).padStart(2, "0")}`;
  if (period === "month") return m;
  return date.day === undefined ? undefined : `${m}-${String(date.day).padStart(2, "0")}`;
}

/** Every period label from `first` to `last` inclusive (labels as periodLabel makes them). */
export function periodRange(first: string, last: string, period: Period): string[] {
  const labels: string[] = [];
  const [y, m, d] = first.split("-").map(Number) as [number, number?, number?];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  at.setUTCFullYear(y); // years below 100 are not 19xx
  for (;;) {
    const label = periodLabel({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() }, period)!;
    if (label > last) break;
    labels.push(label);
    if (period === "year") at.setUTCFullYear(at.getUTCFullYear() + 1);
    else if (period === "month") at.setUTCMonth(at.getUTCMonth() + 1);
    else at.setUTCDate(at.getUTCDate() + 1);
  }
  return labels;
}

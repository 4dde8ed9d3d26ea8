/** One report row: column → value, counts as numbers (so JSONL keeps them numeric). */
export type Row = Readonly<Record<string, string | number>>;

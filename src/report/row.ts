/** A list cell: `variants`, `top_variants` (CSV/TSV `term:count;…`, JSONL an array of objects). */
export type TermCounts = readonly { readonly term: string; readonly count: number }[];

/** One report row: column → value, counts as numbers (so JSONL keeps them numeric). */
export type Row = Readonly<Record<string, string | number | TermCounts>>;

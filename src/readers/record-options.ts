/** How records (JSONL, CSV, TSV) are read: `--text-field`, `--id-field`, `--meta`. */
export interface RecordOptions {
  readonly textField: string;
  readonly idField: string;
  readonly meta: readonly string[];
}

export const DEFAULT_RECORD_OPTIONS: RecordOptions = { textField: "text", idField: "id", meta: [] };

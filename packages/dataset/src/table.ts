/** A dataset loaded into memory, column by column. */
export type CellValue = number | string | boolean | null;
export type ColumnType = 'number' | 'string' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  values: CellValue[];
}

export interface Table {
  /** The path the table was read from, as given. */
  source: string;
  rowCount: number;
  columns: Column[];
}

export type TableFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface ReadOptions {
  /** Keep only these columns, in this order; a missing name is an input error. */
  columns?: string[];
  /** Read at most this many rows. */
  limit?: number;
  /** Override the format detected from the file name. */
  format?: TableFormat;
}

/**
 * Infers one type per column from its non-null values: all numbers -> number, all booleans -> boolean,
 * anything else -> string (numbers and booleans rendered as text), so a column never mixes types.
 */
export function settleColumn(name: string, raw: CellValue[]): Column {
  let sawNumber = false;
  let sawBoolean = false;
  let sawString = false;
  for (const v of raw) {
    if (v === null) continue;
    if (typeof v === 'number') sawNumber = true;
    else if (typeof v === 'boolean') sawBoolean = true;
    else sawString = true;
  }
  if (!sawString && sawNumber && !sawBoolean) return { name, type: 'number', values: raw };
  if (!sawString && sawBoolean && !sawNumber) return { name, type: 'boolean', values: raw };
  if (!sawString && !sawNumber && !sawBoolean) return { name, type: 'string', values: raw };
  return { name, type: 'string', values: raw.map((v) => (v === null ? null : String(v))) };
}

/** Keeps the requested columns in the requested order. */
export function selectColumns(columns: Column[], wanted: string[] | undefined, fail: (missing: string) => Error): Column[] {
  if (!wanted) return columns;
  const byName = new Map(columns.map((c) => [c.name, c]));
  return wanted.map((w) => {
    const c = byName.get(w);
    if (!c) throw fail(w);
    return c;
  });
}

import type { SqlRunner } from './sql/runner.js';

/** Type family of a column, whatever the engine's own type name. */
export type Family = 'integer' | 'float' | 'string' | 'boolean' | 'datetime' | 'other';

export interface ColumnInfo {
  name: string;
  family: Family;
  /** The engine's type name (BIGINT, DOUBLE PRECISION, VARCHAR, ...). */
  sqlType: string;
}

export interface TypeViolation {
  column: string;
  expected: Family;
  count: number;
  /** First offending rows: file line (CSV/JSONL; none for a glob of files), and the raw text. */
  samples: { line?: number; value: string }[];
}

/** A dataset as the engine sees it: a FROM-able SQL reference in one runner, with its columns. */
export interface Relation {
  runner: SqlRunner;
  /** Table name or parenthesised subquery, usable after FROM. */
  sql: string;
  /** What the user named: a file path or glob, or a warehouse table. */
  label: string;
  /** Workspace-relative file path, when the data is a single file (for finding locations). */
  path?: string;
  columns: ColumnInfo[];
  /** Column holding the 1-based file line (CSV/JSONL) or row number (Parquet) of each row. */
  lineColumn?: string;
  rowCount: number;
  typeViolations: TypeViolation[];
  /**
   * Makes lineColumn hold each row's file line: puts rows loaded out of file order (for speed) back in
   * order, and counts the line breaks inside quoted CSV fields. Call it before reading lineColumn;
   * later calls do nothing.
   */
  inFileOrder?: () => Promise<void>;
  /** Each column's shared (value, count) table (see value-counts.ts). Present for the embedded DuckDB only. */
  valueCounts?: ValueCounts;
}

export interface ValueCounts {
  /** The name of a table of (v, n): each non-null value of `column` over all rows and its count, built at first use. */
  table(column: string): Promise<string>;
  /** Drops the column's table once its last user is done: a high-cardinality column's groups are as big as the column. */
  release(column: string): Promise<void>;
}

export const isNumeric = (f: Family) => f === 'integer' || f === 'float';

export function familyOfSqlType(t: string): Family {
  const u = t.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT2|INT4|INT8|SERIAL|BIGSERIAL|SMALLSERIAL)$/.test(u)) return 'integer';
  if (/^(FLOAT|DOUBLE|REAL|DOUBLE PRECISION|FLOAT4|FLOAT8|NUMERIC|DECIMAL)/.test(u)) return 'float';
  if (/^(BOOLEAN|BOOL)$/.test(u)) return 'boolean';
  if (/^(VARCHAR|TEXT|STRING|CHAR|CHARACTER|CHARACTER VARYING|BPCHAR|UUID|NAME)/.test(u)) return 'string';
  if (/^(DATE|TIME|TIMESTAMP)/.test(u)) return 'datetime';
  return 'other';
}

import type { Dialect } from './dialect.js';

export type Row = Record<string, unknown>;

/** Executes SQL in one engine: embedded DuckDB or a PostgreSQL server. Values come back as plain JS. */
export interface SqlRunner {
  dialect: Dialect;
  query(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

/** Coerces driver values to numbers/strings/booleans/null/arrays (bigint, DECIMAL, Date, numeric strings). */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  // Integers beyond 2^53 stay exact as text (a sample value must be the value in the file).
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') {
    const s = String(v);
    const n = Number(s);
    return s !== '' && Number.isFinite(n) ? n : s;
  }
  return v;
}

export const num = (v: unknown): number | null => {
  const p = plain(v);
  if (p === null) return null;
  const n = typeof p === 'number' ? p : Number(p);
  return Number.isNaN(n) ? null : n;
};

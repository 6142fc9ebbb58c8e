import { duckdbLocal } from './sql/dialect.js';
import type { DuckDbRunner } from './sql/duckdb-runner.js';

/*
 * File lines of CSV rows loaded into DuckDB in file order: row r starts on line r + 2 (after the
 * header) plus the line breaks inside quoted fields of the rows before it.
 */

const q = duckdbLocal.ident;
const SHIFT_ROW = '__mlguard_row';
const SHIFT = '__mlguard_shift';

/**
 * The rows of a CSV table (in file order) whose text holds line breaks (quoted fields spanning lines),
 * with the running count of those breaks: the table's name, or undefined when there are none. The
 * lines of row r are then shifted by the count of the last such row before it (an ASOF join).
 */
export async function lineShifts(db: DuckDbRunner, src: string, name: string, maxColumns: number): Promise<string | undefined> {
  const text = (await db.query(`DESCRIBE ${src}`)).filter((r) => String(r.column_type) === 'VARCHAR').map((r) => q(String(r.column_name)));
  // Thousands of text columns would make one huge expression: such files keep rowid + 2.
  if (!text.length || text.length > maxColumns) return undefined;
  const breaks = text.map((c) => `coalesce(length(${c}) - length(replace(${c}, chr(10), '')), 0)`).join(' + ');
  const table = q(`${name}_lines`);
  await db.query(`CREATE OR REPLACE TABLE ${table} AS SELECT rowid AS ${SHIFT_ROW}, sum(${breaks}) OVER (ORDER BY rowid) AS ${SHIFT} FROM ${src} WHERE ${text.map((c) => `contains(${c}, chr(10))`).join(' OR ')}`);
  if (Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0]!.n) > 0) return table;
  await db.query(`DROP TABLE ${table}`);
  return undefined;
}

/** The line of the row aliased `t`, given lineShifts' table (or none). */
export const lineExpr = (shifts: string | undefined): string => (shifts ? `t.rowid + 2 + coalesce(s.${SHIFT}, 0)` : 't.rowid + 2');

/** `src` aliased `t`, joined to the shift of the last multiline row before each row. */
export const fromWithLines = (src: string, shifts: string | undefined): string => (shifts ? `${src} t ASOF LEFT JOIN ${shifts} s ON t.rowid > s.${SHIFT_ROW}` : `${src} t`);

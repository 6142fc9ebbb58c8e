import { inputError, isMlguardError, type FileSystem } from '@mlguard/core';
import { detectFormat, readTable, MAX_IN_MEMORY_BYTES } from '@mlguard/dataset';
import { familyOfSqlType, type ColumnInfo, type Family, type Relation, type TypeViolation } from './relation.js';
import type { DuckDbRunner } from './sql/duckdb-runner.js';

export const LINE = '__mlguard_line';
const CHUNK = 200;

export interface LoadOptions {
  /** Declared column types (`dataset.schema` in the suite): values that do not cast are type violations. */
  schema?: Record<string, Family>;
  /** Share of castable values from which an undeclared CSV column is taken as numeric (the rest are violations). */
  numericShare?: number;
}

const isGlob = (p: string) => /[*?[]/.test(p);
const sqlStr = (s: string) => `'${s.replace(/'/g, "''")}'`;
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Loads a CSV/TSV, JSON Lines or Parquet file (or glob; gzip/zstd by extension) into DuckDB as table `name`.
 * CSVs are read as text and cast column by column: no sniffed type silently drops or nulls a value;
 * values that do not cast to the declared or inferred type are counted with their lines.
 */
export async function loadFile(db: DuckDbRunner, fs: FileSystem, path: string, name: string, opts: LoadOptions = {}): Promise<Relation> {
  const format = detectFormat(path.replace(/\.zst$/i, ''));
  if (!format) throw inputError(`unknown dataset format for ${path}`, { file: path, hint: 'use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz/.zst)' });
  if (!isGlob(path)) {
    const st = await fs.stat(path);
    if (!st || !st.isFile) throw inputError(`dataset not found: ${path}`, { file: path });
    if (st.size === 0) throw inputError('the dataset file is empty', { file: path, line: 1 });
  }
  const abs = sqlStr(fs.resolve(path));
  try {
    if (format === 'parquet') {
      await db.query(`CREATE VIEW ${q(name)} AS SELECT file_row_number + 1 AS ${LINE}, * EXCLUDE (file_row_number) FROM read_parquet(${abs}, file_row_number = true)`);
      return await describe(db, name, path, []);
    }
    if (format === 'jsonl') {
      await db.query(
        `CREATE TABLE ${q(name)} AS SELECT row_number() OVER () AS ${LINE}, * FROM read_json(${abs}, format = 'newline_delimited', sample_size = -1, maximum_object_size = 67108864)`,
      );
      return await describe(db, name, path, []);
    }
    const delim = format === 'tsv' ? `, delim = '\\t'` : '';
    const src = `read_csv(${abs}, header = true, all_varchar = true, sample_size = -1${delim})`;
    const cols = (await db.query(`DESCRIBE SELECT * FROM ${src}`)).map((r) => String(r.column_name));
    const families = await inferCsvTypes(db, src, cols, opts);
    const violations = await findViolations(db, src, families);
    const select = cols.map((c) => `${castExpr(q(c), families.get(c)!.family)} AS ${q(c)}`);
    // Line = row number + 1 for the header (quoted newlines inside a field would shift it).
    await db.query(`CREATE TABLE ${q(name)} AS SELECT (row_number() OVER ()) + 1 AS ${LINE}, ${select.join(', ')} FROM ${src}`);
    return await describe(db, name, path, violations);
  } catch (e) {
    if (isMlguardError(e)) throw e;
    throw await diagnose(fs, path, (e as Error).message);
  }
}

// DuckDB casts '36.52' to BIGINT 37 (rounding): only all-digit text counts as an integer.
const INTEGER_TEXT = (col: string) => `regexp_full_match(trim(${col}), '[+-]?[0-9]+')`;

function castExpr(col: string, f: Family): string {
  if (f === 'integer') return `CASE WHEN ${INTEGER_TEXT(col)} THEN TRY_CAST(${col} AS BIGINT) END`;
  if (f === 'float') return `TRY_CAST(${col} AS DOUBLE)`;
  if (f === 'boolean') return `TRY_CAST(${col} AS BOOLEAN)`;
  return col;
}

async function inferCsvTypes(db: DuckDbRunner, src: string, cols: string[], opts: LoadOptions): Promise<Map<string, { family: Family; declared: boolean }>> {
  const out = new Map<string, { family: Family; declared: boolean }>();
  const share = opts.numericShare ?? 0.95;
  for (let i = 0; i < cols.length; i += CHUNK) {
    const chunk = cols.slice(i, i + CHUNK);
    const exprs = chunk.flatMap((c, j) => [
      `count(${q(c)}) AS n${j}`,
      `count(TRY_CAST(${q(c)} AS DOUBLE)) AS d${j}`,
      `count(*) FILTER (WHERE ${INTEGER_TEXT(q(c))} AND TRY_CAST(${q(c)} AS BIGINT) IS NOT NULL) AS i${j}`,
      `count(*) FILTER (WHERE lower(trim(${q(c)})) IN ('true', 'false')) AS b${j}`,
    ]);
    const [r] = await db.query(`SELECT ${exprs.join(', ')} FROM ${src}`);
    chunk.forEach((c, j) => {
      const declared = opts.schema?.[c];
      if (declared) return out.set(c, { family: declared, declared: true });
      const n = Number(r![`n${j}`]);
      const d = Number(r![`d${j}`]);
      const int = Number(r![`i${j}`]);
      const b = Number(r![`b${j}`]);
      let family: Family = 'string';
      if (n > 0 && b === n) family = 'boolean';
      else if (n > 0 && d >= n * share) family = int === d ? 'integer' : 'float';
      out.set(c, { family, declared: false });
    });
  }
  return out;
}

async function findViolations(db: DuckDbRunner, src: string, families: Map<string, { family: Family }>): Promise<TypeViolation[]> {
  const typed = [...families.entries()].filter(([, f]) => f.family !== 'string' && f.family !== 'other');
  if (!typed.length) return [];
  const bad = (c: string, f: Family) => `${q(c)} IS NOT NULL AND ${castExpr(q(c), f)} IS NULL`;
  const counts: Record<string, number> = {};
  for (let i = 0; i < typed.length; i += CHUNK) {
    const chunk = typed.slice(i, i + CHUNK);
    const [r] = await db.query(`SELECT ${chunk.map(([c, f], j) => `count(*) FILTER (WHERE ${bad(c, f.family)}) AS v${j}`).join(', ')} FROM ${src}`);
    chunk.forEach(([c], j) => (counts[c] = Number(r![`v${j}`])));
  }
  const out: TypeViolation[] = [];
  for (const [c, f] of typed) {
    if (!counts[c]) continue;
    const rows = await db.query(`SELECT line, v FROM (SELECT (row_number() OVER ()) + 1 AS line, ${q(c)} AS v FROM ${src}) WHERE v IS NOT NULL AND ${castExpr('v', f.family)} IS NULL ORDER BY line LIMIT 20`);
    out.push({ column: c, expected: f.family, count: counts[c]!, samples: rows.map((r) => ({ line: Number(r.line), value: String(r.v) })) });
  }
  return out;
}

async function describe(db: DuckDbRunner, name: string, path: string, typeViolations: TypeViolation[]): Promise<Relation> {
  const desc = await db.query(`DESCRIBE ${q(name)}`);
  const columns: ColumnInfo[] = desc
    .filter((r) => r.column_name !== LINE)
    .map((r) => ({ name: String(r.column_name), sqlType: String(r.column_type), family: familyOfSqlType(String(r.column_type)) }));
  const [cnt] = await db.query(`SELECT count(*) AS n FROM ${q(name)}`);
  return {
    runner: db,
    sql: q(name),
    label: path,
    ...(isGlob(path) ? {} : { path }),
    columns,
    lineColumn: LINE,
    rowCount: Number(cnt!.n),
    typeViolations,
  };
}

/** DuckDB's messages name no line for some failures: re-read with the strict JS reader to point at one. */
async function diagnose(fs: FileSystem, path: string, duckMessage: string): Promise<Error> {
  const msg = duckMessage.split('\n')[0]!.replace(/^[A-Za-z ]+Error: /, '');
  if (!isGlob(path)) {
    const st = await fs.stat(path);
    if (st && st.size <= MAX_IN_MEMORY_BYTES) {
      try {
        await readTable(path, { fs, workspace: fs.resolve('.') });
      } catch (e) {
        if (isMlguardError(e)) return e;
      }
    }
  }
  const line = /line[: ]+(\d+)/i.exec(duckMessage)?.[1];
  return inputError(`could not read the dataset: ${msg}`, { file: path, ...(line ? { line: Number(line) } : {}) });
}

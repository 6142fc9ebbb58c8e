import { inputError, isMlguardError, type FileSystem } from '@mlguard/core';
import { detectFormat, readTable, MAX_IN_MEMORY_BYTES } from '@mlguard/dataset';
import { familyOfSqlType, type ColumnInfo, type Family, type Relation, type TypeViolation } from './relation.js';
import type { DuckDbRunner } from './sql/duckdb-runner.js';
import { fromWithLines, lineExpr, lineShifts } from './csv-lines.js';
import { withValueCounts } from './value-counts.js';

export const LINE = '__mlguard_line';
const CHUNK = 200;

export interface LoadOptions {
  /** Declared column types (`dataset.schema` in the suite): values that do not cast are type violations. */
  schema?: Record<string, Family>;
  /** Share of castable values from which an undeclared CSV column is taken as numeric (the rest are violations). */
  numericShare?: number;
  /**
   * Load only these columns of a CSV file (those it has; the others are simply absent): a reference
   * read only for drift needs only the drifted columns, and skipping the rest cuts its load by a third.
   */
  columns?: readonly string[];
  /** CSV cells read as missing besides the empty one (`dataset.na_values`; pandas' na_values). */
  naValues?: readonly string[];
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
  const glob = isGlob(path);
  const abs = sqlStr(fs.resolve(path));
  if (!glob) {
    const st = await fs.stat(path);
    if (!st || !st.isFile) throw inputError(`dataset not found: ${path}`, { file: path });
    if (st.size === 0) throw inputError('the dataset file is empty', { file: path, line: 1 });
  } else if (Number((await db.query(`SELECT count(*) AS n FROM glob(${abs})`))[0]!.n) === 0) {
    throw inputError(`no file matches ${path}`, { file: path, hint: 'the glob is relative to the workspace (or to the suite file when the suite names it)' });
  }
  // Files of a glob are matched by column name (a column missing from a file is NULL there), so a
  // file with an extra column neither loses it nor fails depending on which file comes first.
  const union = glob ? ', union_by_name = true' : '';
  try {
    if (format === 'parquet') {
      await db.query(`CREATE VIEW ${q(name)} AS SELECT file_row_number + 1 AS ${LINE}, * EXCLUDE (file_row_number) FROM read_parquet(${abs}, file_row_number = true${union})`);
      return withValueCounts(await describe(db, name, path, []), name);
    }
    if (format === 'jsonl') {
      await db.query(
        `CREATE TABLE ${q(name)} AS SELECT row_number() OVER () AS ${LINE}, * FROM read_json(${abs}, format = 'newline_delimited', sample_size = -1, maximum_object_size = 67108864${union})`,
      );
      return withValueCounts(await describe(db, name, path, []), name);
    }
    const nulls = opts.naValues?.length ? `, nullstr = [${['', ...opts.naValues.filter((v) => v !== '')].map(sqlStr).join(', ')}]` : '';
    // Delimiter and missing-value strings: every read of this file takes the same.
    const csvOptions = `${format === 'tsv' ? `, delim = '\\t'` : `, delim = ','`}${nulls}`;
    const pick = opts.columns ? await projection(db, `read_csv(${abs}, header = true, all_varchar = true${csvOptions}${union})`, opts.columns) : '*';
    // Fast path (a clean file: one typed parse; numeric columns final) or the exact path (everything
    // parsed as text once). Either way the text columns are then typed exactly, from memory.
    let src: string;
    let textCols: string[];
    let cols: string[];
    // The fast path loads without keeping the file order (parallel inserts: about twice as fast), so
    // rowid is not the line: the first call needing lines (a failing expectation's samples, a type
    // violation) reloads the file in order once; a clean run never pays for it.
    let sampleSrc: string | undefined;
    let unordered = false;
    const retypes: string[] = [];
    const inFileOrder = async () => {
      if (!unordered) return;
      unordered = false;
      await db.query(`DROP TABLE ${q(`${name}_typed`)}`);
      await loadCleanCsv(db, abs, csvOptions, name, true, pick);
      for (const sql of retypes) await db.query(sql);
    };
    // Lines count the breaks inside quoted fields (csv-lines.ts): only once a line is first needed
    // (never on a run that reports none), in file order.
    let shifts: string | undefined;
    let linesChecked = false;
    let viewMade = false;
    const lineOf = () => lineExpr(shifts);
    const withLines = () => fromWithLines(src, shifts);
    const inFileLines = async () => {
      await inFileOrder();
      if (linesChecked) return;
      linesChecked = true;
      shifts = await lineShifts(db, src, name, CHUNK);
      if (shifts && viewMade) await db.query(`CREATE OR REPLACE VIEW ${q(name)} AS SELECT ${lineOf()} AS ${LINE}, t.* FROM ${withLines()}`);
    };
    // DuckDB keeps no rejects table for a union of files: a glob always takes the exact path.
    if (!opts.schema && !glob && (await loadCleanCsv(db, abs, csvOptions, name, false, pick))) {
      unordered = true;
      sampleSrc = `(SELECT ${pick} FROM ${cleanCsvSource(abs, csvOptions)} LIMIT 10000)`;
      src = q(`${name}_typed`);
      const desc = await db.query(`DESCRIBE ${src}`);
      cols = desc.map((r) => String(r.column_name));
      textCols = desc.filter((r) => String(r.column_type) === 'VARCHAR').map((r) => String(r.column_name));
    } else {
      const text = `read_csv(${abs}, header = true, all_varchar = true${csvOptions}${union})`;
      cols = (await db.query(`DESCRIBE SELECT ${pick} FROM ${text}`)).map((r) => String(r.column_name));
      // Parse the file once, as text (parsing dominates; a wide CSV also costs seconds per bind), then
      // count and cast from memory; DuckDB spills to its temp directory beyond memory-limit.
      // With insertion order preserved (DuckDB's default), rowid is the row's position in the file.
      await db.query(`CREATE TABLE ${q(`${name}_text`)} AS SELECT ${pick} FROM ${text}`);
      src = q(`${name}_text`);
      textCols = cols;
    }
    // A 10,000-row sample rules out the columns that are plainly text; the others (and declared ones)
    // are counted exactly over every row, so a type is never decided on a sample.
    // The sample is the file's first 10,000 rows whatever the table's order.
    const sample = await castCounts(db, sampleSrc ?? `(SELECT * FROM ${src} LIMIT 10000)`, textCols, textCols.length > CHUNK);
    const candidates = textCols.filter((c) => opts.schema?.[c] || (() => {
      const k = sample.get(c)!;
      return k.n === 0 || k.d >= 0.5 * k.n || k.b >= 0.5 * k.n;
    })());
    const counts = new Map([...sample.entries()].filter(([c]) => !candidates.includes(c)));
    // Columns whose sample is all true/false text: one cheap count settles them when every value is
    // (such text never casts to a number, so d = i = 0 exactly); the others get the full counts.
    const boolish = candidates.filter((c) => !opts.schema?.[c] && sample.get(c)!.n > 0 && sample.get(c)!.b === sample.get(c)!.n && candidates.length <= CHUNK);
    for (const [c, k] of await booleanCounts(db, src, boolish)) if (k.b === k.n) counts.set(c, k);
    const rest = candidates.filter((c) => !counts.has(c));
    for (const [c, k] of await castCounts(db, src, rest, rest.length > CHUNK)) counts.set(c, k);
    const families = inferFamilies(textCols, counts, opts);
    if ([...families].some(([c, f]) => badCount(f.family, counts.get(c)!) > 0)) await inFileLines();
    const violations = await findViolations(db, withLines(), families, counts, glob ? undefined : lineOf());
    // Integer columns with no violation hold digit-only text: a plain cast cannot round there.
    const select = cols.map((c) => {
      if (!families.has(c)) return q(c);
      const f = families.get(c)!.family;
      const clean = !violations.some((v) => v.column === c);
      return `${f === 'integer' && clean ? `TRY_CAST(${q(c)} AS BIGINT)` : castExpr(q(c), f)} AS ${q(c)}`;
    });
    const toCast = [...families.entries()].filter(([, f]) => f.family !== 'string' && f.family !== 'other');
    if (toCast.length <= 50) {
      // Retype the few columns in place (cheaper than copying the table); rowid keeps the file order.
      const sqlType: Partial<Record<Family, string>> = { integer: 'BIGINT', float: 'DOUBLE', boolean: 'BOOLEAN' };
      for (const [c, f] of toCast) {
        const clean = !violations.some((v) => v.column === c);
        const using = f.family === 'integer' && clean ? `TRY_CAST(${q(c)} AS BIGINT)` : castExpr(q(c), f.family);
        const sql = `ALTER TABLE ${src} ALTER ${q(c)} TYPE ${sqlType[f.family]} USING ${using}`;
        await db.query(sql);
        retypes.push(sql);
      }
      await db.query(`CREATE VIEW ${q(name)} AS SELECT ${lineOf()} AS ${LINE}, t.* FROM ${withLines()}`);
      viewMade = true;
    } else {
      await inFileLines();
      await db.query(`CREATE TABLE ${q(name)} AS SELECT ${lineOf()} AS ${LINE}, ${select.join(', ')} FROM ${withLines()}`);
      await db.query(`DROP TABLE ${src}`);
      if (shifts) await db.query(`DROP TABLE ${shifts}`);
    }
    return withValueCounts({ ...(await describe(db, name, path, violations)), ...(glob ? {} : { inFileOrder: inFileLines }) }, name);
  } catch (e) {
    if (isMlguardError(e)) throw e;
    throw await diagnose(fs, path, (e as Error).message);
  }
}

/**
 * Fast path for the common case, a clean file: one typed parse, DuckDB choosing among BIGINT, DOUBLE and
 * VARCHAR only, every value that does not fit its column's sniffed type recorded as a reject. Any reject
 * drops the table and the exact path runs, so no row is lost and rowid stays the file position; the
 * VARCHAR columns are then typed exactly like the exact path does (booleans, numbers the sample missed).
 */
async function loadCleanCsv(db: DuckDbRunner, abs: string, csvOptions: string, name: string, ordered: boolean, pick: string): Promise<boolean> {
  const rejects = q(`${name}_rejects`);
  const scans = q(`${name}_reject_scans`);
  try {
    if (!ordered) await db.query('SET preserve_insertion_order = false');
    await db.query(
      `CREATE TABLE ${q(`${name}_typed`)} AS SELECT ${pick} FROM ${cleanCsvSource(abs, csvOptions, `, store_rejects = true, rejects_table = '${name}_rejects', rejects_scan = '${name}_reject_scans'`)}`,
    );
  } catch {
    await db.query(`DROP TABLE IF EXISTS ${q(`${name}_typed`)}`).catch(() => undefined);
    return false;
  } finally {
    if (!ordered) await db.query('RESET preserve_insertion_order');
  }
  const [r] = await db.query(`SELECT count(*) AS n FROM ${rejects}`);
  await db.query(`DROP TABLE IF EXISTS ${rejects}`);
  await db.query(`DROP TABLE IF EXISTS ${scans}`);
  if (Number(r!.n) > 0) {
    await db.query(`DROP TABLE ${q(`${name}_typed`)}`);
    return false;
  }
  return true;
}

/** The SELECT list of the wanted columns the source has (in the file's order), or `*` when it has none of them. */
async function projection(db: DuckDbRunner, source: string, wanted: readonly string[]): Promise<string> {
  const have = (await db.query(`DESCRIBE SELECT * FROM ${source}`)).map((r) => String(r.column_name)).filter((c) => wanted.includes(c));
  return have.length ? have.map(q).join(', ') : '*';
}

/** The fast path's typed read of a CSV (the same sniffing every time it is read). */
const cleanCsvSource = (abs: string, csvOptions: string, extra = '') => `read_csv(${abs}, header = true${csvOptions}, auto_type_candidates = ['BIGINT', 'DOUBLE', 'VARCHAR']${extra})`;

// DuckDB casts '36.52' to BIGINT 37 (rounding): text is an integer only when it parses as a whole number
// written without a decimal point or exponent.
const INTEGER_TEXT = (col: string, dbl = `TRY_CAST(${col} AS DOUBLE)`) => `(${dbl} = floor(${dbl}) AND NOT (contains(${col}, '.') OR contains(${col}, 'e') OR contains(${col}, 'E')))`;

function castExpr(col: string, f: Family): string {
  if (f === 'integer') return `CASE WHEN ${INTEGER_TEXT(col)} THEN TRY_CAST(${col} AS BIGINT) END`;
  if (f === 'float') return `TRY_CAST(${col} AS DOUBLE)`;
  if (f === 'boolean') return `TRY_CAST(${col} AS BOOLEAN)`;
  return col;
}

interface CastCounts {
  n: number;
  d: number;
  i: number;
  b: number;
}

/** Per column: non-null values, and how many cast to DOUBLE, are integer text, are true/false. */
async function castCounts(db: DuckDbRunner, src: string, cols: string[], wide: boolean): Promise<Map<string, CastCounts>> {
  const out = new Map<string, CastCounts>();
  if (!cols.length) return out;
  // Each value is parsed as a number once (the casts dominate the cost), in a subquery.
  const exprs = (v: string, dbl: string) => [
    `count(${v})`,
    `count(${dbl})`,
    `count(*) FILTER (WHERE ${INTEGER_TEXT(v, dbl)})`,
    `count(*) FILTER (WHERE ${v} IN ${BOOLEAN_TEXT})`,
  ];
  if (wide) {
    // Thousands of columns: one long-form pass instead of thousands of aggregate expressions.
    const [n, d, i, b] = exprs('value', 'dbl');
    const rows = await db.query(
      `SELECT name, ${n} AS n, ${d} AS d, ${i} AS i, ${b} AS b FROM (SELECT name, value, TRY_CAST(value AS DOUBLE) AS dbl FROM (UNPIVOT (SELECT ${cols.map(q).join(', ')} FROM ${src} t0) ON COLUMNS(*) INTO NAME name VALUE value) u) t GROUP BY name`,
    );
    for (const c of cols) out.set(c, { n: 0, d: 0, i: 0, b: 0 });
    for (const r of rows) out.set(String(r.name), { n: Number(r.n), d: Number(r.d), i: Number(r.i), b: Number(r.b) });
    return out;
  }
  const inner = cols.map((c, j) => `${q(c)} AS x${j}, TRY_CAST(${q(c)} AS DOUBLE) AS f${j}`).join(', ');
  const [r] = await db.query(`SELECT ${cols.flatMap((_c, j) => exprs(`x${j}`, `f${j}`).map((e, k) => `${e} AS ${'ndib'[k]}${j}`)).join(', ')} FROM (SELECT ${inner} FROM ${src}) t`);
  cols.forEach((c, j) => out.set(c, { n: Number(r![`n${j}`]), d: Number(r![`d${j}`]), i: Number(r![`i${j}`]), b: Number(r![`b${j}`]) }));
  return out;
}

const BOOLEAN_TEXT = "('true', 'false', 'True', 'False', 'TRUE', 'FALSE')";

/** Non-null and true/false-text counts only (d and i are 0 whenever b = n). */
async function booleanCounts(db: DuckDbRunner, src: string, cols: string[]): Promise<Map<string, CastCounts>> {
  const out = new Map<string, CastCounts>();
  if (!cols.length) return out;
  const [r] = await db.query(`SELECT ${cols.map((c, j) => `count(${q(c)}) AS n${j}, count(*) FILTER (WHERE list_contains([${BOOLEAN_TEXT.slice(1, -1)}], ${q(c)})) AS b${j}`).join(', ')} FROM ${src}`);
  cols.forEach((c, j) => out.set(c, { n: Number(r![`n${j}`]), d: 0, i: 0, b: Number(r![`b${j}`]) }));
  return out;
}

function inferFamilies(cols: string[], counts: Map<string, CastCounts>, opts: LoadOptions): Map<string, { family: Family; declared: boolean }> {
  const share = opts.numericShare ?? 0.95;
  const out = new Map<string, { family: Family; declared: boolean }>();
  for (const c of cols) {
    const declared = opts.schema?.[c];
    if (declared) {
      out.set(c, { family: declared, declared: true });
      continue;
    }
    const { n, d, i, b } = counts.get(c)!;
    let family: Family = 'string';
    if (n > 0 && b === n) family = 'boolean';
    else if (n > 0 && d >= n * share) family = i === d ? 'integer' : 'float';
    out.set(c, { family, declared: false });
  }
  return out;
}

const badCount = (f: Family, k: CastCounts) => (f === 'integer' ? k.n - k.i : f === 'float' ? k.n - k.d : f === 'boolean' ? k.n - k.b : 0);

/** `from` aliases the table `t`; `line`: its line expression, none for a glob (no line of any one file). */
async function findViolations(db: DuckDbRunner, from: string, families: Map<string, { family: Family }>, counts: Map<string, CastCounts>, line: string | undefined): Promise<TypeViolation[]> {
  const out: TypeViolation[] = [];
  for (const [c, f] of families) {
    const bad = badCount(f.family, counts.get(c)!);
    if (bad <= 0) continue;
    const col = `t.${q(c)}`;
    const rows = await db.query(`SELECT ${line ?? 't.rowid'} AS line, ${col} AS v FROM ${from} WHERE ${col} IS NOT NULL AND ${castExpr(col, f.family)} IS NULL ORDER BY line LIMIT 20`);
    out.push({ column: c, expected: f.family, count: bad, samples: rows.map((r) => ({ ...(line ? { line: Number(r.line) } : {}), value: String(r.v) })) });
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
    // A glob's rows have no line of one file: samples name rows by primary key only.
    ...(isGlob(path) ? {} : { path, lineColumn: LINE }),
    columns,
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

import { EXPECTATIONS, ExpectationError, type EvalContext, type Outcome } from './expectations.js';
import type { Relation } from './relation.js';
import { compileRowCondition, RowConditionError } from './sql/row-condition.js';
import { weightedAggregates } from './weighted-aggregates.js';
import { duckdbLocal } from './sql/dialect.js';
import { num, type Row } from './sql/runner.js';
import type { Suite, SuiteExpectation } from './suite.js';

/** One expectation's outcome, shaped like a GX ExpectationValidationResult (plus where it is in the suite). */
export interface ExpectationResult {
  success: boolean;
  expectation_config: { type: string; kwargs: Record<string, unknown>; meta: Record<string, unknown> };
  result: Record<string, unknown>;
  exception_info: { raised_exception: boolean; exception_message: string | null };
  line: number;
  severity: SuiteExpectation['severity'];
  column?: string;
}

export interface ValidateOptions {
  otherTableRowCount(name: string): Promise<number>;
  /** Called as expectations finish, for progress on stderr. */
  progress?: (done: number, total: number) => void;
  /**
   * Columns whose (value, count) groups a later step builds anyway (drift): their distinct counts come
   * from those groups. Other columns keep count(DISTINCT) (materialising a million groups costs more).
   */
  groupedLater?: ReadonlySet<string>;
}

const AGG_CHUNK = 150;

interface Prepared {
  e: SuiteExpectation;
  cx?: EvalContext;
  aggs: Record<string, string>;
  error?: string;
}

/**
 * Runs a suite's expectations: every aggregate of one domain (the table, or one row_condition) is
 * computed in one SELECT, i.e. one scan; follow-up queries run only for failing map expectations
 * (unexpected samples) and for grouping metrics (uniqueness, distinct sets).
 */
export async function runExpectations(suite: Suite, rel: Relation, opts: ValidateOptions): Promise<ExpectationResult[]> {
  const d = rel.runner.dialect;
  const query = (sql: string): Promise<Row[]> => rel.runner.query(sql);
  const prepared: Prepared[] = suite.expectations.map((e) => {
    const def = EXPECTATIONS[e.type];
    if (!def) return { e, aggs: {}, error: `unsupported expectation type "${e.type}" (supported: see packages/data-check/README.md)` };
    try {
      const where = e.rowCondition ? compileRowCondition(e.rowCondition, d, (n) => rel.columns.some((c) => c.name === n)) : 'TRUE';
      const sampleLimit = e.resultFormat === 'BOOLEAN_ONLY' ? 0 : e.resultFormat === 'COMPLETE' ? 1000 : numberOr(e.kwargs.result_format, 'partial_unexpected_count', 20);
      const cx: EvalContext = { d, rel, where, query, otherTableRowCount: opts.otherTableRowCount, sampleLimit, primaryKey: suite.primaryKey.filter((k) => rel.columns.some((c) => c.name === k)) };
      return { e, cx, aggs: def.aggs(e.kwargs, cx) };
    } catch (err) {
      if (err instanceof ExpectationError) return { e, aggs: {}, error: err.message };
      if (err instanceof RowConditionError) return { e, aggs: {}, error: `row_condition: ${err.message}` };
      throw err;
    }
  });

  // Quantiles in DuckDB: from the column's distinct values and running counts instead of a sort of every row.
  // Distinct counts over all rows of columns drift groups anyway: from the shared (value, count) table.
  // And the other aggregates of those columns from the same tables, so the row scan skips them.
  const grouped = opts.groupedLater ?? new Set<string>();
  let early = new Map<number, Record<string, unknown>>();
  if (rel.runner.dialect === duckdbLocal) {
    early = mergeEarly(await quantilesFromCounts(rel, prepared), await distinctFromCounts(rel, prepared, grouped));
    early = mergeEarly(early, await weightedFromCounts(rel, prepared, grouped, early));
  }
  for (const [i, v] of early) {
    const p = prepared[i]!;
    p.aggs = Object.fromEntries(Object.entries(p.aggs).filter(([k]) => !(k in v)));
  }

  // One query per domain (chunked for very large suites).
  const values = new Map<number, Record<string, unknown>>();
  const failures = new Map<number, string>();
  const byDomain = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (p.error || !p.cx) return;
    const list = byDomain.get(p.cx.where) ?? [];
    list.push(i);
    byDomain.set(p.cx.where, list);
  });
  // Holistic aggregates (quantiles, distinct counts) sort or hash whole columns; DuckDB runs the
  // streaming ones much faster without them in the same SELECT, so each domain gets two scans at most.
  const holistic = (i: number) => Object.values(prepared[i]!.aggs).some((sql) => /quantile|percentile|DISTINCT/i.test(sql));
  for (const [where, idxs] of byDomain) {
    const withAggs = idxs.filter((i) => Object.keys(prepared[i]!.aggs).length);
    idxs.filter((i) => !Object.keys(prepared[i]!.aggs).length).forEach((i) => values.set(i, { ...early.get(i) }));
    const groups = [withAggs.filter((i) => !holistic(i)), withAggs.filter(holistic)];
    for (const group of groups) for (let s = 0; s < group.length; s += AGG_CHUNK) {
      const chunk = group.slice(s, s + AGG_CHUNK);
      const runChunk = async (ids: number[]) => {
        const exprs = ids.flatMap((i) => Object.entries(prepared[i]!.aggs).map(([k, sql]) => `${sql} AS ${d.ident(`e${i}_${k}`)}`));
        const [row] = await query(`SELECT ${exprs.join(', ')} FROM ${rel.sql} WHERE ${where}`);
        for (const i of ids) values.set(i, { ...early.get(i), ...Object.fromEntries(Object.keys(prepared[i]!.aggs).map((k) => [k, row![`e${i}_${k}`]])) });
      };
      try {
        await runChunk(chunk);
      } catch {
        // One bad expectation (an invalid regex, a type mismatch) must not sink the others: isolate it.
        for (const i of chunk) {
          try {
            await runChunk([i]);
          } catch (err) {
            failures.set(i, sqlMessage(err));
          }
        }
      }
    }
  }

  // Groups drift will not reuse are dropped (a median of an id column groups every row).
  for (const c of rel.columns) if (!opts.groupedLater?.has(c.name)) await rel.valueCounts?.release(c.name);

  const results: ExpectationResult[] = [];
  let done = 0;
  for (const [i, p] of prepared.entries()) {
    const base = { expectation_config: { type: p.e.type, kwargs: p.e.kwargs, meta: p.e.meta }, line: p.e.line, severity: p.e.severity };
    const error = p.error ?? failures.get(i);
    if (error || !p.cx) {
      results.push({ ...base, success: false, result: {}, exception_info: { raised_exception: true, exception_message: error ?? 'not evaluated' } });
      continue;
    }
    try {
      const o: Outcome = await EXPECTATIONS[p.e.type]!.evaluate(p.e.kwargs, values.get(i) ?? {}, p.cx);
      results.push({ ...base, success: o.success, result: p.e.resultFormat === 'BOOLEAN_ONLY' ? {} : o.result, exception_info: { raised_exception: false, exception_message: null }, ...(o.column ? { column: o.column } : {}) });
    } catch (err) {
      const msg = err instanceof ExpectationError ? err.message : sqlMessage(err);
      results.push({ ...base, success: false, result: {}, exception_info: { raised_exception: true, exception_message: msg } });
    }
    opts.progress?.(++done, prepared.length);
  }
  return results;
}

function mergeEarly(...maps: Map<number, Record<string, unknown>>[]): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const m of maps) for (const [i, v] of m) out.set(i, { ...out.get(i), ...v });
  return out;
}

// The distinct-count aggregates expectations.ts writes: count(DISTINCT "col"), and the proportion of unique values.
const DISTINCT_SQL = /^count\(DISTINCT ("(?:[^"]|"")*")\)$/;
const UNIQUE_SHARE_SQL = /^CAST\(count\(DISTINCT ("(?:[^"]|"")*")\) AS DOUBLE PRECISION\) \/ NULLIF\(count\(\1\), 0\)$/;

/** count(DISTINCT col) = the rows of its (value, count) table; the unique share divides by their sum. */
async function distinctFromCounts(rel: Relation, prepared: Prepared[], grouped: ReadonlySet<string>): Promise<Map<number, Record<string, unknown>>> {
  const out = new Map<number, Record<string, unknown>>();
  if (!rel.valueCounts) return out;
  for (const [i, p] of prepared.entries()) {
    if (p.error || !p.cx || p.cx.where !== 'TRUE') continue;
    for (const [key, sql] of Object.entries(p.aggs)) {
      const m = DISTINCT_SQL.exec(sql) ?? UNIQUE_SHARE_SQL.exec(sql);
      if (!m) continue;
      const name = m[1]!.slice(1, -1).replace(/""/g, '"');
      if (!grouped.has(name) || !rel.columns.some((c) => c.name === name)) continue;
      try {
        const [r] = await rel.runner.query(`SELECT count(*) AS k, sum(n) AS n FROM ${await rel.valueCounts.table(name)}`);
        const k = num(r!.k) ?? 0;
        const n = num(r!.n) ?? 0;
        out.set(i, { ...out.get(i), [key]: DISTINCT_SQL.test(sql) ? k : n > 0 ? k / n : null });
      } catch {
        // Left to the aggregate query, which reports its own error.
      }
    }
  }
  return out;
}

/**
 * The remaining aggregates of expectations on one column drift groups anyway (all rows), computed
 * from its (value, count) table by weighted-aggregates.ts: one small query per column. An
 * expectation with any aggregate that cannot be rewritten stays entirely in the row scan.
 */
async function weightedFromCounts(rel: Relation, prepared: Prepared[], grouped: ReadonlySet<string>, done: Map<number, Record<string, unknown>>): Promise<Map<number, Record<string, unknown>>> {
  const out = new Map<number, Record<string, unknown>>();
  if (!rel.valueCounts) return out;
  const byColumn = new Map<string, { i: number; aggs: Record<string, string> }[]>();
  for (const [i, p] of prepared.entries()) {
    const name = p.e.kwargs.column;
    if (p.error || !p.cx || p.cx.where !== 'TRUE' || typeof name !== 'string' || !grouped.has(name)) continue;
    const left = Object.fromEntries(Object.entries(p.aggs).filter(([k]) => !(k in (done.get(i) ?? {}))));
    if (!Object.keys(left).length) continue;
    const list = byColumn.get(name) ?? [];
    list.push({ i, aggs: left });
    byColumn.set(name, list);
  }
  for (const [name, list] of byColumn) {
    const column = rel.columns.find((c) => c.name === name);
    if (!column) continue;
    try {
      const table = await rel.valueCounts.table(name);
      const finite = column.family !== 'float' || num((await rel.runner.query(`SELECT count_if(NOT isfinite(v)) AS bad FROM ${table}`))[0]!.bad) === 0;
      const rewritten = list.flatMap(({ i, aggs }) => {
        const w = weightedAggregates(aggs, column, rel.rowCount, table, finite);
        return w ? [{ i, w }] : [];
      });
      if (!rewritten.length) continue;
      const exprs = rewritten.flatMap(({ i, w }) => Object.entries(w).map(([k, sql]) => `${sql} AS ${rel.runner.dialect.ident(`e${i}_${k}`)}`));
      const [row] = await rel.runner.query(`SELECT ${exprs.join(', ')} FROM ${table}`);
      for (const { i, w } of rewritten) out.set(i, Object.fromEntries(Object.keys(w).map((k) => [k, row![`e${i}_${k}`]])));
    } catch {
      // Left to the row scan, which reports its own error.
    }
  }
  return out;
}

// The quantile aggregates the DuckDB dialect writes (see dialect.ts): quantile_cont("col", 0.5) or quantile_disc("col", [0.05, 0.95]).
const QUANTILE_SQL = /^quantile_(cont|disc)\(((?:"(?:[^"]|"")*")), (\[[^\]]*\]|[-+0-9.e]+)\)$/;
// Types whose values JS numbers hold exactly, so the interpolation below is DuckDB's to the bit.
const EXACT_TYPES = new Set(['DOUBLE', 'BIGINT', 'INTEGER', 'SMALLINT', 'TINYINT', 'UTINYINT', 'USMALLINT', 'UINTEGER']);

/**
 * DuckDB's quantile_cont/quantile_disc computed from each column's (value, count) groups: one hash
 * aggregate and a window over the distinct values, then the values at the wanted ranks, interpolated
 * exactly as DuckDB does (cont: floor/ceil of (n - 1)q, lo(1 - d) + hi d; disc: index
 * max(1, n - floor(n - nq)) - 1). Columns with NaN/infinities, or of other types, keep the aggregate.
 */
async function quantilesFromCounts(rel: Relation, prepared: Prepared[]): Promise<Map<number, Record<string, unknown>>> {
  const d = rel.runner.dialect;
  type Want = { i: number; key: string; kind: 'cont' | 'disc'; qs: number[]; list: boolean };
  const byColumn = new Map<string, { col: string; name: string; where: string; wants: Want[] }>();
  prepared.forEach((p, i) => {
    if (p.error || !p.cx) return;
    for (const [key, sql] of Object.entries(p.aggs)) {
      const m = QUANTILE_SQL.exec(sql);
      if (!m) continue;
      const name = m[2]!.slice(1, -1).replace(/""/g, '"');
      const c = rel.columns.find((x) => x.name === name);
      if (!c || !EXACT_TYPES.has(c.sqlType.toUpperCase())) continue;
      const list = m[3]!.startsWith('[');
      const qs = (list ? m[3]!.slice(1, -1).split(',') : [m[3]!]).map(Number);
      if (qs.some((q) => !(q >= 0 && q <= 1))) continue;
      const id = `${p.cx.where}\u0000${name}`;
      const entry = byColumn.get(id) ?? { col: m[2]!, name, where: p.cx.where, wants: [] };
      entry.wants.push({ i, key, kind: m[1] as 'cont' | 'disc', qs, list });
      byColumn.set(id, entry);
    }
  });
  const out = new Map<number, Record<string, unknown>>();
  for (const { col, name, where, wants } of byColumn.values()) {
    try {
      // Over all rows, the column's shared (value, count) table; under a row_condition, its own groups.
      const vc = where === 'TRUE' && rel.valueCounts ? await rel.valueCounts.table(name) : undefined;
      const groups = vc ?? `(SELECT ${col} AS v, count(*) AS n FROM ${rel.sql} WHERE (${where}) AND ${col} IS NOT NULL GROUP BY ${col})`;
      const [s] = await rel.runner.query(
        vc
          ? `SELECT sum(n) AS n, sum(n) FILTER (WHERE NOT isfinite(v)) AS bad FROM ${vc}`
          : `SELECT count(${col}) AS n, count(*) FILTER (WHERE NOT isfinite(${col})) AS bad FROM ${rel.sql} WHERE (${where}) AND ${col} IS NOT NULL`,
      );
      const n = num(s!.n) ?? 0;
      if (n === 0 || (num(s!.bad) ?? 0) > 0) continue;
      const plan = wants.map((w) =>
        w.qs.map((q) => {
          if (w.kind === 'disc') {
            const k = Math.max(1, n - Math.floor(n - n * q)) - 1;
            return { lo: k, hi: k, f: 0 };
          }
          const rn = (n - 1) * q;
          return { lo: Math.floor(rn), hi: Math.ceil(rn), f: rn - Math.floor(rn) };
        }),
      );
      const ranks = [...new Set(plan.flat().flatMap((r) => [r.lo, r.hi]))];
      const rows = await rel.runner.query(
        `WITH e AS (SELECT v, sum(n) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum FROM ${groups} g) ` +
          `SELECT r.k AS k, min(e.v) AS v FROM (VALUES ${ranks.map((k) => `(${k})`).join(', ')}) AS r(k) JOIN e ON e.cum > r.k GROUP BY r.k`,
      );
      const at = new Map(rows.map((r) => [num(r.k), num(r.v)]));
      if (ranks.some((k) => at.get(k) === undefined || at.get(k) === null)) continue;
      wants.forEach((w, j) => {
        const vals = plan[j]!.map((r) => (r.lo === r.hi ? at.get(r.lo)! : d.lerp(at.get(r.lo)!, at.get(r.hi)!, r.f)));
        out.set(w.i, { ...out.get(w.i), [w.key]: w.list ? vals : vals[0] });
      });
    } catch {
      // Left to the aggregate query, which reports its own error.
    }
  }
  return out;
}

const numberOr = (rf: unknown, key: string, dflt: number) => {
  const v = rf && typeof rf === 'object' ? (rf as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' && v >= 0 ? Math.min(v, 1000) : dflt;
};

export const sqlMessage = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 400);

/** GX's suite-level statistics. */
export function statistics(results: ExpectationResult[]) {
  const ok = results.filter((r) => r.success).length;
  return {
    evaluated_expectations: results.length,
    successful_expectations: ok,
    unsuccessful_expectations: results.length - ok,
    success_percent: results.length ? (100 * ok) / results.length : null,
  };
}

/**
 * The suite's one-scan aggregate queries in the relation's dialect, without running them: the SQL bundle
 * for a warehouse (`--export-sql`) and the golden tests of the Spark/Trino/BigQuery/Snowflake dialects.
 * Expectations that need follow-up or grouping queries are listed as comments.
 */
export function compileSuite(suite: Suite, rel: Relation): string {
  const d = rel.runner.dialect;
  const byDomain = new Map<string, string[]>();
  const notes: string[] = [];
  suite.expectations.forEach((e, i) => {
    const def = EXPECTATIONS[e.type];
    if (!def) return notes.push(`-- expectation ${i} (${e.type}, line ${e.line}): unsupported`);
    try {
      const where = e.rowCondition ? compileRowCondition(e.rowCondition, d, (n) => rel.columns.some((c) => c.name === n)) : 'TRUE';
      const cx: EvalContext = { d, rel, where, query: async () => [], otherTableRowCount: async () => 0, sampleLimit: 20, primaryKey: suite.primaryKey };
      const aggs = Object.entries(def.aggs(e.kwargs, cx));
      if (!aggs.length) notes.push(`-- expectation ${i} (${e.type}, line ${e.line}): evaluated from metadata or a grouping query`);
      const list = byDomain.get(where) ?? [];
      for (const [k, sql] of aggs) list.push(`${sql} AS ${d.ident(`e${i}_${k}`)}`);
      byDomain.set(where, list);
    } catch (err) {
      notes.push(`-- expectation ${i} (${e.type}, line ${e.line}): ${(err as Error).message}`);
    }
    return undefined;
  });
  const queries = [...byDomain.entries()].filter(([, l]) => l.length).map(([where, list]) => `SELECT\n  ${list.join(',\n  ')}\nFROM ${rel.sql}\nWHERE ${where};`);
  return [`-- mlguard data-check: suite ${suite.name} compiled for ${d.name}`, ...notes, ...queries].join('\n') + '\n';
}

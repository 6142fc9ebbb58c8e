import { EXPECTATIONS, ExpectationError, type EvalContext, type Outcome } from './expectations.js';
import type { Relation } from './relation.js';
import { compileRowCondition, RowConditionError } from './sql/row-condition.js';
import type { Row } from './sql/runner.js';
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
    idxs.filter((i) => !Object.keys(prepared[i]!.aggs).length).forEach((i) => values.set(i, {}));
    const groups = [withAggs.filter((i) => !holistic(i)), withAggs.filter(holistic)];
    for (const group of groups) for (let s = 0; s < group.length; s += AGG_CHUNK) {
      const chunk = group.slice(s, s + AGG_CHUNK);
      const runChunk = async (ids: number[]) => {
        const exprs = ids.flatMap((i) => Object.entries(prepared[i]!.aggs).map(([k, sql]) => `${sql} AS ${d.ident(`e${i}_${k}`)}`));
        const [row] = await query(`SELECT ${exprs.join(', ')} FROM ${rel.sql} WHERE ${where}`);
        for (const i of ids) values.set(i, Object.fromEntries(Object.keys(prepared[i]!.aggs).map((k) => [k, row![`e${i}_${k}`]])));
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

import { isNumeric, type ColumnInfo } from './relation.js';
import { duckdbLocal } from './sql/dialect.js';

/**
 * One column's aggregates over all rows, rewritten over its (value, count) table `(v, n)` (see
 * value-counts.ts): a predicate runs once per distinct value instead of once per row, and the row
 * scan no longer reads the column. Only the shapes expectations.ts writes for the embedded DuckDB are
 * rewritten, and only where NULL rows (absent from the table) cannot count:
 *   count(*)                          -> the row count
 *   count_if("c" IS NULL)             -> row count - sum(n)
 *   count_if("c" IS NOT NULL [AND P]) -> sum(n) over the values where P holds
 *   count/min/max/sum/avg/stddev_samp("c") -> their weighted forms (stddev only when every value is finite)
 * Anything else (another column, another aggregate) returns undefined: the expectation stays in the
 * row scan, so results never depend on this rewrite.
 */
export function weightedAggregates(aggs: Record<string, string>, column: ColumnInfo, rowCount: number, table: string, finite: boolean): Record<string, string> | undefined {
  const c = duckdbLocal.ident(column.name);
  const out: Record<string, string> = {};
  for (const [key, sql] of Object.entries(aggs)) {
    const rewritten = rewrite(sql, c, column, rowCount, table, finite);
    if (rewritten === undefined) return undefined;
    out[key] = rewritten;
  }
  return out;
}

function rewrite(sql: string, c: string, column: ColumnInfo, rowCount: number, table: string, finite: boolean): string | undefined {
  if (sql === 'count(*)') return String(rowCount);
  const countIf = /^count_if\((.*)\)$/s.exec(sql);
  if (countIf) {
    const cond = countIf[1]!;
    if (cond === `${c} IS NULL`) return `(${rowCount} - COALESCE(sum(n), 0))`;
    if (cond === `${c} IS NOT NULL`) return 'COALESCE(sum(n), 0)';
    const prefix = `${c} IS NOT NULL AND `;
    if (!cond.startsWith(prefix)) return undefined;
    const pred = onValue(cond.slice(prefix.length), c);
    return pred === undefined ? undefined : `COALESCE(sum(n) FILTER (WHERE ${pred}), 0)`;
  }
  const agg = /^(count|min|max|sum|avg|stddev_samp)\((.*)\)$/s.exec(sql);
  if (!agg || agg[2] !== c) return undefined;
  const integer = column.family === 'integer';
  if (!isNumeric(column.family) && agg[1] !== 'count' && agg[1] !== 'min' && agg[1] !== 'max') return undefined;
  switch (agg[1]) {
    case 'count':
      return 'COALESCE(sum(n), 0)';
    case 'min':
    case 'max':
      return `${agg[1]}(v)`;
    case 'sum':
      // Integers summed exactly, as sum() of the column does (HUGEINT).
      return integer ? 'sum(CAST(v AS HUGEINT) * n)' : 'sum(v * n)';
    case 'avg':
      return integer ? 'CAST(sum(CAST(v AS HUGEINT) * n) AS DOUBLE) / sum(n)' : 'sum(v * n) / sum(n)';
    default: {
      // DuckDB's stddev_samp fails on NaN or infinity ("out of range"): such a column keeps it.
      if (!finite) return undefined;
      // Two passes over the groups (the mean first), as the row aggregate's Welford update is stable.
      const mean = `(SELECT ${integer ? 'CAST(sum(CAST(v AS HUGEINT) * n) AS DOUBLE)' : 'sum(v * n)'} / sum(n) FROM ${table})`;
      return `CASE WHEN sum(n) > 1 THEN sqrt(sum(n * (v - ${mean}) * (v - ${mean})) / (sum(n) - 1)) END`;
    }
  }
}

/**
 * The predicate with the column replaced by `v` outside string literals; undefined when it names
 * another column (a quoted identifier left) or tests for NULL (NULL rows are not in the table).
 */
function onValue(pred: string, c: string): string | undefined {
  const parts = pred.split(/('(?:[^']|'')*')/);
  let code = '';
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part; // a string literal, kept as written
    const replaced = part.split(c).join('v');
    code += replaced;
    return replaced;
  });
  if (code.includes('"') || code.includes("'") || /\bIS NULL\b/i.test(code)) return undefined;
  return out.join('');
}

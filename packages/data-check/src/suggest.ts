/**
 * `data-check suggest`: Deequ's constraint-suggestion rules (ConstraintSuggestionRunner.Rules) emitting a
 * GX-compatible suite for a person to review: complete-if-complete, retain completeness (95% Wald lower
 * bound), retain type, categorical range (when the share of values seen once is <= 0.1), non-negative
 * numbers, unique-if-unique (exact counts), plus the observed numeric range.
 */
import { stringify } from 'yaml';
import { isNumeric, type Relation } from './relation.js';
import { num } from './sql/runner.js';

export async function suggestSuite(rel: Relation, dataPath: string): Promise<{ yaml: string; count: number }> {
  const d = rel.runner.dialect;
  const n = rel.rowCount;
  const expectations: Record<string, unknown>[] = [
    { type: 'expect_table_columns_to_match_set', kwargs: { column_set: rel.columns.map((c) => c.name), exact_match: true }, meta: { rule: 'schema' } },
    { type: 'expect_table_row_count_to_be_between', kwargs: { min_value: Math.floor(n * 0.5), max_value: Math.ceil(n * 2) }, severity: 'warning', meta: { rule: 'row count within 50%-200% of today' } },
  ];
  for (const c of rel.columns) {
    const col = d.ident(c.name);
    const [s] = await rel.runner.query(
      `SELECT count(${col}) AS nn, count(DISTINCT ${col}) AS nd${isNumeric(c.family) ? `, min(${col}) AS mn, max(${col}) AS mx` : ''} FROM ${rel.sql}`,
    );
    const nn = num(s!.nn) ?? 0;
    const nd = num(s!.nd) ?? 0;
    const completeness = n ? nn / n : 0;
    if (completeness === 1) expectations.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column: c.name }, meta: { rule: 'CompleteIfCompleteRule' } });
    else if (completeness > 0.2) {
      const lower = completeness - 1.96 * Math.sqrt((completeness * (1 - completeness)) / n);
      expectations.push({ type: 'expect_column_values_to_not_be_null', kwargs: { column: c.name, mostly: Math.max(0, Math.floor(lower * 1000) / 1000) }, meta: { rule: 'RetainCompletenessRule (95% Wald lower bound)' } });
    }
    if (c.family !== 'other') expectations.push({ type: 'expect_column_values_to_be_in_type_list', kwargs: { column: c.name, type_list: [c.sqlType] }, meta: { rule: 'RetainTypeRule' } });
    if (completeness === 1 && nd === n && n > 0) expectations.push({ type: 'expect_column_values_to_be_unique', kwargs: { column: c.name }, meta: { rule: 'UniqueIfApproximatelyUniqueRule (exact count)' } });
    if ((c.family === 'string' || c.family === 'integer' || c.family === 'boolean') && nd > 0 && nd <= 100 && nd < nn) {
      const vc = await rel.runner.query(`SELECT ${col} AS v, count(*) AS k FROM ${rel.sql} WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY ${col}`);
      const once = vc.filter((r) => num(r.k) === 1).length;
      if (once / vc.length <= 0.1) expectations.push({ type: 'expect_column_values_to_be_in_set', kwargs: { column: c.name, value_set: vc.map((r) => r.v) }, meta: { rule: 'CategoricalRangeRule' } });
    }
    if (isNumeric(c.family) && nn > 0) {
      const mn = num(s!.mn)!;
      const mx = num(s!.mx)!;
      if (mn >= 0) expectations.push({ type: 'expect_column_min_to_be_between', kwargs: { column: c.name, min_value: 0 }, meta: { rule: 'NonNegativeNumbersRule' } });
      expectations.push({ type: 'expect_column_values_to_be_between', kwargs: { column: c.name, min_value: mn, max_value: mx, mostly: 0.99 }, severity: 'warning', meta: { rule: 'observed range (EXTENDED HasMin/HasMax)' } });
    }
  }
  const suite = { version: 1, name: `suggested for ${dataPath}`, dataset: { path: dataPath }, expectations };
  return { yaml: `# Suggested by \`mlguard data-check suggest\` (Deequ rules) from ${n} rows: review before committing.\n${stringify(suite, { lineWidth: 0 })}`, count: expectations.length };
}

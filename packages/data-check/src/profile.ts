import { inputError } from '@mlguard/core';
import { isNumeric, type Family, type Relation } from './relation.js';
import { num } from './sql/runner.js';

/**
 * A compact reference profile: per-column counts, moments, 1,001 quantile cut-points (numeric) and
 * value counts capped at 1,000 with an "other" bucket. Committed instead of raw reference data; drift
 * and poisoning checks then run against it (KS/Wasserstein on the cut-points are approximate, and
 * say so).
 */
export interface ProfileColumn {
  name: string;
  family: Family;
  count: number;
  nulls: number;
  distinct: number;
  min?: number | null;
  max?: number | null;
  mean?: number | null;
  std?: number | null;
  /** quantile_cont at i/1000, i = 0..1000 (numeric columns). */
  quantiles?: number[];
  /** [value as text, count], most frequent first, capped. */
  valueCounts?: [string, number][];
  otherCount?: number;
}

export interface Profile {
  mlguard_profile: 1;
  source: string;
  rowCount: number;
  columns: ProfileColumn[];
  label?: { column: string; counts: [string, number][] };
}

export const QUANTILE_POINTS = 1001;
const VALUE_CAP = 1000;

export async function buildProfile(rel: Relation, opts: { label?: string } = {}): Promise<Profile> {
  const d = rel.runner.dialect;
  const columns: ProfileColumn[] = [];
  for (const c of rel.columns) {
    const col = d.ident(c.name);
    const numeric = isNumeric(c.family);
    const v = numeric ? d.toDouble(col) : d.toText(col);
    const finite = numeric ? ` AND ${d.isFinite(v)}` : '';
    const [s] = await rel.runner.query(
      `SELECT count(${col}) AS n, count(*) - count(${col}) AS nulls, count(DISTINCT ${col}) AS nd` +
        (numeric ? `, min(${v}) AS mn, max(${v}) AS mx, avg(${v}) AS mean, stddev_pop(${v}) AS sd` : '') +
        ` FROM ${rel.sql}`,
    );
    const pc: ProfileColumn = { name: c.name, family: c.family, count: num(s!.n) ?? 0, nulls: num(s!.nulls) ?? 0, distinct: num(s!.nd) ?? 0 };
    if (numeric) {
      Object.assign(pc, { min: num(s!.mn), max: num(s!.mx), mean: num(s!.mean), std: num(s!.sd) });
      if (pc.count > 0) {
        const qs = Array.from({ length: QUANTILE_POINTS }, (_, i) => i / (QUANTILE_POINTS - 1));
        const [qr] = await rel.runner.query(`SELECT ${d.quantiles(v, qs, 'cont')} AS q FROM ${rel.sql} WHERE ${col} IS NOT NULL${finite}`);
        pc.quantiles = (qr!.q as unknown[]).map((x) => num(x) ?? 0);
      }
    }
    if (!numeric || pc.distinct <= 50) {
      const rows = await rel.runner.query(`SELECT ${d.toText(col)} AS v, count(*) AS n FROM ${rel.sql} WHERE ${col} IS NOT NULL GROUP BY ${d.toText(col)} ORDER BY n DESC, v ${d.limit(VALUE_CAP)}`);
      pc.valueCounts = rows.map((r) => [String(r.v), num(r.n) ?? 0]);
      pc.otherCount = pc.count - pc.valueCounts.reduce((a, [, n]) => a + n, 0);
    }
    columns.push(pc);
  }
  const label = opts.label ? columns.find((c) => c.name === opts.label) : undefined;
  return {
    mlguard_profile: 1,
    source: rel.label,
    rowCount: rel.rowCount,
    columns,
    ...(label?.valueCounts ? { label: { column: label.name, counts: label.valueCounts } } : {}),
  };
}

export function parseProfile(text: string, file: string): Profile {
  let p: unknown;
  try {
    p = JSON.parse(text);
  } catch (e) {
    throw inputError(`reference profile is not JSON: ${(e as Error).message}`, { file });
  }
  const prof = p as Profile;
  if (!prof || prof.mlguard_profile !== 1 || !Array.isArray(prof.columns) || typeof prof.rowCount !== 'number') {
    throw inputError('not an mlguard reference profile (expected "mlguard_profile": 1, rowCount and columns)', { file, hint: 'create one with `mlguard data-check profile PATH`' });
  }
  return prof;
}

/**
 * Per-column drift with Evidently's automatic test choice (legacy stattests, which its DataDriftPreset
 * still calls): the switch is on *reference* rows and on nunique(ref ∪ cur) after dropping NaN/±inf.
 *   ref <= 1000: numeric with > 5 values -> K-S (p <= 0.05, exact p as scipy); 3-5 values -> chi-square;
 *                <= 2 values -> two-proportion z; categorical > 2 values -> chi-square (p < 0.05)
 *   ref  > 1000: numeric with > 5 values -> Wasserstein normed by std_ref (ddof 0) >= 0.1;
 *                otherwise Jensen-Shannon distance (natural log) >= 0.1
 * Dataset drift when the share of drifted columns >= drift_share (0.5). PSI is always reported.
 * Every statistic is computed from SQL aggregates (ECDFs with window functions, histograms with CASE),
 * so the data stays in DuckDB or the warehouse.
 */
import { chiSquareGof, hellinger, jensenShannon, lInfinity, psi, sturgesEdges, twoProportionZ } from './stats/distances.js';
import { ksPValue } from './stats/ks.js';
import { isNumeric, type Relation } from './relation.js';
import type { Profile, ProfileColumn } from './profile.js';
import { num } from './sql/runner.js';
import { duckdbLocal, type Dialect } from './sql/dialect.js';
import type { DriftConfig } from './suite.js';

export type DriftMethod = 'ks' | 'wasserstein' | 'jensenshannon' | 'chisquare' | 'z' | 'psi' | 'hellinger' | 'l_infinity';
export const DRIFT_METHODS: readonly DriftMethod[] = ['ks', 'wasserstein', 'jensenshannon', 'chisquare', 'z', 'psi', 'hellinger', 'l_infinity'];
const P_VALUE: ReadonlySet<DriftMethod> = new Set(['ks', 'chisquare', 'z']);
export const DEFAULT_THRESHOLD: Record<DriftMethod, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1, hellinger: 0.1, l_infinity: 0.1 };
const METHOD_NAME: Record<DriftMethod, string> = {
  ks: 'K-S p-value',
  wasserstein: 'Wasserstein distance (normed)',
  jensenshannon: 'Jensen-Shannon distance',
  chisquare: 'chi-square p-value',
  z: 'Z-test p-value',
  psi: 'PSI',
  hellinger: 'Hellinger distance',
  l_infinity: 'L-infinity distance',
};
export const methodName = (m: DriftMethod) => METHOD_NAME[m];

export interface DriftColumnResult {
  column: string;
  kind: 'numerical' | 'categorical';
  method: DriftMethod;
  /** The test's statistic: the p-value for p-value tests, the distance otherwise (Evidently's drift_score). */
  score: number;
  /** The underlying statistic (K-S D, chi-square, z), when the score is a p-value. */
  statistic?: number;
  threshold: number;
  drifted: boolean;
  psi: number;
  referenceRows: number;
  currentRows: number;
  nUnique: number;
  /** 'exact' or 'asymptotic' K-S p-value. */
  pValueMethod?: 'exact' | 'asymptotic';
  /** True when the reference is a profile: K-S/Wasserstein use its 1,001 cut-points. */
  approximate: boolean;
  histogram: { labels: string[]; reference: number[]; current: number[] };
  newCategories?: { values: number; rows: number; examples: string[] };
}

export interface DriftResult {
  columns: DriftColumnResult[];
  driftedColumns: number;
  share: number;
  driftShare: number;
  datasetDrift: boolean;
}

export type ReferenceSide = { kind: 'relation'; rel: Relation } | { kind: 'profile'; profile: Profile };

const CAT_CAP = 1000;

export async function computeDrift(cur: Relation, ref: ReferenceSide, cfg: DriftConfig, exclude: string[], progress?: (col: string) => void): Promise<DriftResult> {
  const refCols = ref.kind === 'relation' ? ref.rel.columns : ref.profile.columns.map((c) => ({ name: c.name, family: c.family, sqlType: c.family }));
  const wanted = cfg.columns ?? cur.columns.map((c) => c.name);
  const columns: DriftColumnResult[] = [];
  for (const name of wanted) {
    if (exclude.includes(name) || cfg.exclude.includes(name)) continue;
    const c = cur.columns.find((x) => x.name === name);
    const r = refCols.find((x) => x.name === name);
    if (!c || !r) continue;
    if (c.family === 'other' || c.family === 'datetime') continue;
    progress?.(name);
    const numeric = isNumeric(c.family) && isNumeric(r.family) && !cfg.categorical.includes(name);
    try {
      const res = numeric ? await numericDrift(cur, ref, name, cfg) : await categoricalDrift(cur, ref, name, cfg);
      if (res) columns.push(res);
    } finally {
      // Drift is the last user of a column's (value, count) groups.
      await cur.valueCounts?.release(name);
      if (ref.kind === 'relation') await ref.rel.valueCounts?.release(name);
    }
  }
  const drifted = columns.filter((c) => c.drifted).length;
  const share = columns.length ? drifted / columns.length : 0;
  return { columns, driftedColumns: drifted, share, driftShare: cfg.driftShare, datasetDrift: columns.length > 0 && share >= cfg.driftShare };
}

/**
 * (v, n) rows of a column's finite values as doubles: from the relation's shared (value, count) table
 * when it has one (the expectations may already have built it), else one row per value.
 */
async function numericCounts(d: Dialect, rel: Relation, name: string): Promise<string> {
  if (rel.valueCounts) {
    const v = d.toDouble('v');
    return `SELECT ${v} AS v, n FROM ${await rel.valueCounts.table(name)} WHERE ${d.isFinite(v)}`;
  }
  const v = d.toDouble(d.ident(name));
  return `SELECT ${v} AS v, 1 AS n FROM ${rel.sql} WHERE ${d.ident(name)} IS NOT NULL AND ${d.isFinite(v)}`;
}

/** (v, n) rows of a column's values as text, most frequent first, at most `cap`. */
async function textCounts(d: Dialect, rel: Relation, name: string, cap: number): Promise<string> {
  const source = rel.valueCounts
    ? `SELECT ${d.toText('v')} AS v, n FROM ${await rel.valueCounts.table(name)}`
    : `SELECT ${d.toText(d.ident(name))} AS v, 1 AS n FROM ${rel.sql} WHERE ${d.ident(name)} IS NOT NULL`;
  return `SELECT v, sum(n) AS n FROM (${source}) t GROUP BY v ORDER BY n DESC, v ${d.limit(cap)}`;
}

function profileValuesSql(d: Dialect, pc: ProfileColumn): string {
  const pts = pc.quantiles ?? [];
  if (!pts.length) return `SELECT ${d.toDouble('NULL')} AS v WHERE FALSE`;
  return `SELECT ${d.toDouble('x')} AS v FROM (VALUES ${pts.map((p) => `(${d.literal(p)})`).join(', ')}) AS mlguard_profile(x)`;
}

function pick(method: DriftMethod | undefined, refRows: number, nUnique: number, numeric: boolean): DriftMethod {
  if (method) return method;
  if (refRows <= 1000) {
    if (numeric && nUnique > 5) return 'ks';
    if (nUnique <= 2) return 'z';
    return 'chisquare';
  }
  return numeric && nUnique > 5 ? 'wasserstein' : 'jensenshannon';
}

function decide(method: DriftMethod, score: number, threshold: number): boolean {
  if (method === 'ks') return score <= threshold;
  if (P_VALUE.has(method)) return score < threshold;
  return score >= threshold;
}

const proportions = (xs: number[]) => {
  const t = xs.reduce((a, b) => a + b, 0);
  return xs.map((x) => (t ? x / t : 0));
};

async function numericDrift(cur: Relation, ref: ReferenceSide, name: string, cfg: DriftConfig): Promise<DriftColumnResult | undefined> {
  const d = cur.runner.dialect;
  const pc = ref.kind === 'profile' ? ref.profile.columns.find((c) => c.name === name)! : undefined;
  const rSql = ref.kind === 'relation' ? await numericCounts(d, ref.rel, name) : `SELECT v, 1 AS n FROM (${profileValuesSql(d, pc!)}) p`;
  const cSql = await numericCounts(d, cur, name);
  // Every query below works on the distinct values of each sample with their counts (one hash
  // aggregate), never sorting or re-bucketing the raw rows: the moments come from one streaming scan,
  // the quantiles, the ECDFs and the histograms from the (sample, value, count) rows.
  const qs = [0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99];
  const grouped = `SELECT src, v, sum(n) AS n FROM (SELECT 0 AS src, v, n FROM (${rSql}) r UNION ALL SELECT 1 AS src, v, n FROM (${cSql}) c) u GROUP BY src, v`;
  // DuckDB keeps the (sample, value, count) rows for the queries below; PostgreSQL runs read-only
  // (no temporary table), so there they are recomputed per query.
  let groups = `(${grouped})`;
  if (d === duckdbLocal) {
    await cur.runner.query(`CREATE OR REPLACE TEMP TABLE mlguard_drift_values AS ${grouped}`);
    groups = 'mlguard_drift_values';
  }
  try {
    // Counts, ranges and the reference's population std from the groups, not from another scan of the
    // rows (two passes over the groups: the mean first, so the variance does not cancel).
    const m = `SELECT src, sum(n) AS cnt, min(v) AS lo, max(v) AS hi, sum(n * v) / sum(n) AS mean FROM ${groups} g0 GROUP BY src`;
    const rows = await cur.runner.query(
      `SELECT m.src AS src, m.cnt AS cnt, m.lo AS lo, m.hi AS hi, sqrt(sum(g.n * (g.v - m.mean) * (g.v - m.mean)) / m.cnt) AS std ` +
        `FROM (${m}) m JOIN ${groups} g ON g.src = m.src GROUP BY m.src, m.cnt, m.lo, m.hi, m.mean`,
    );
    const side = (src: number) => rows.find((r) => num(r.src) === src);
    const [r, c] = [side(0), side(1)];
    const nr = num(r?.cnt) ?? 0;
    const nc = num(c?.cnt) ?? 0;
    if (nr === 0 || nc === 0) return undefined;
    const s = { rmin: r!.lo, rmax: r!.hi, rstd: r!.std, cmin: c!.lo, cmax: c!.hi };
    return await numericFromGroups(cur, ref, name, cfg, { s, groups, nr, nc, qs, pc });
  } finally {
    if (groups === 'mlguard_drift_values') await cur.runner.query('DROP TABLE IF EXISTS mlguard_drift_values');
  }
}

async function numericFromGroups(
  cur: Relation,
  ref: ReferenceSide,
  name: string,
  cfg: DriftConfig,
  x: { s: Record<string, unknown>; groups: string; nr: number; nc: number; qs: number[]; pc: ProfileColumn | undefined },
): Promise<DriftColumnResult | undefined> {
  const { s, groups, nc, qs, pc } = x;
  let nr = x.nr;
  const points = nr;
  const [rqv, cqv] = (await quantilesCont(cur, groups, [qs, [0.01, 0.99]], [nr, nc])) as [number[], number[]];
  let rstd = num(s!.rstd) ?? 0;
  const cum = (col: string, n: number) => `CAST(sum(${col}) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE PRECISION) / ${n}`;
  const [e] = await cur.runner.query(
    `WITH g AS (SELECT v, sum(CASE WHEN src = 0 THEN n ELSE 0 END) AS a, sum(CASE WHEN src = 1 THEN n ELSE 0 END) AS b FROM ${groups} u GROUP BY v), ` +
      `e AS (SELECT v, ${cum('a', points)} AS fr, ${cum('b', nc)} AS fc, lead(v) OVER (ORDER BY v) AS nv FROM g) ` +
      `SELECT max(abs(fr - fc)) AS d, sum(abs(fr - fc) * (nv - v)) AS w1, count(*) AS nu FROM e`,
  );
  let nu = num(e!.nu) ?? 0;
  if (pc) {
    nr = pc.count;
    nu = Math.max(nu, pc.distinct);
    rstd = pc.std ?? rstd;
  }
  const lo = Math.min(num(s!.rmin)!, num(s!.cmin)!);
  const hi = Math.max(num(s!.rmax)!, num(s!.cmax)!);
  const override = cfg.perColumn[name]?.method ?? cfg.method;
  const method = pick(override as DriftMethod | undefined, nr, nu, true);
  const threshold = cfg.perColumn[name]?.threshold ?? cfg.threshold ?? DEFAULT_THRESHOLD[method];

  // Sturges bins on the combined data (numpy edges, [a, b) bins, last closed), as Evidently bins for JS;
  // PSI on reference deciles with open outer bins and eps 1e-4 (0.1 warn, 0.25 alarm); the chart bins
  // the central 98% of both samples plus one bucket on each side, so outliers do not flatten it.
  const edges = sturgesEdges(lo, hi, points + nc);
  const refQ = pc?.quantiles?.length === 1001 ? qs.map((x) => pc.quantiles![Math.round(x * 1000)]!) : rqv;
  const curQ = cqv;
  const deciles = [...new Set(refQ.slice(1, -1))];
  const cLo = Math.min(refQ[0]!, curQ[0]!);
  const cHi = Math.max(refQ[refQ.length - 1]!, curQ[1]!);
  const chartEdges = cHi > cLo ? Array.from({ length: 13 }, (_, i) => cLo + ((cHi - cLo) * i) / 12) : [cLo];
  const buckets = await bucketCounts(cur, groups, [edges.slice(1, -1), deciles, chartEdges]);
  const [rh, ch] = buckets[0]!;
  const [rd, cd] = buckets[1]!;
  const [rc, cc] = buckets[2]!;
  const chartLabels = chartEdges.length > 1 ? [`< ${fmt(cLo)}`, ...chartEdges.slice(0, -1).map((x, i) => `${fmt(x)}–${fmt(chartEdges[i + 1]!)}`), `≥ ${fmt(cHi)}`] : [`< ${fmt(cLo)}`, `≥ ${fmt(cLo)}`];
  const result: DriftColumnResult = {
    column: name,
    kind: 'numerical',
    method,
    score: 0,
    threshold,
    drifted: false,
    psi: psiEps(rd, cd),
    referenceRows: nr,
    currentRows: nc,
    nUnique: nu,
    approximate: !!pc,
    histogram: { labels: chartLabels, reference: proportions(rc), current: proportions(cc) },
  };
  if (method === 'ks') {
    const D = num(e!.d) ?? 0;
    const p = ksPValue(D, nr, nc);
    Object.assign(result, { score: p.p, statistic: D, pValueMethod: pc ? 'asymptotic' : p.method });
  } else if (method === 'wasserstein') {
    result.score = (num(e!.w1) ?? 0) / Math.max(rstd, 0.001);
  } else if (method === 'psi') {
    result.score = result.psi;
  } else if (method === 'jensenshannon' && nu > 5) {
    result.score = jensenShannon(rh, ch);
  } else {
    // Few distinct values, or a distance on proportions: compare the values as categories.
    const cats = await categoryCounts(cur, ref, name);
    Object.assign(result, categoricalScore(method, cats.ref, cats.cur));
  }
  result.drifted = decide(method, result.score, threshold);
  return result;
}

/**
 * Rows of each sample per bucket, for several bucketings in one query over the distinct values (the
 * (src, v, n) rows in `from`): bucket i of a bucketing holds v < edges[i] (first match), its last bucket
 * the rest. The (sample, b1, b2, ...) groups are summed in JS.
 */
async function bucketCounts(cur: Relation, from: string, bucketings: number[][]): Promise<[number[], number[]][]> {
  const d = cur.runner.dialect;
  const expr = (edges: number[]) => (edges.length ? `CASE ${edges.map((x, i) => `WHEN v < ${d.literal(x)} THEN ${i}`).join(' ')} ELSE ${edges.length} END` : '0');
  const cols = bucketings.map((e, j) => `${expr(e)} AS b${j}`).join(', ');
  const groups = bucketings.map((_e, j) => `b${j}`).join(', ');
  const rows = await cur.runner.query(`SELECT src, ${groups}, sum(n) AS n FROM (SELECT src, n, ${cols} FROM ${from} g) h GROUP BY src, ${groups}`);
  const out = bucketings.map((e) => [new Array<number>(e.length + 1).fill(0), new Array<number>(e.length + 1).fill(0)] as [number[], number[]]);
  for (const row of rows) {
    const side = num(row.src) ?? 0;
    const n = num(row.n) ?? 0;
    bucketings.forEach((_e, j) => {
      out[j]![side]![num(row[`b${j}`]) ?? 0]! += n;
    });
  }
  return out;
}

/**
 * Linear (numpy/`quantile_cont`) quantiles of each sample from its distinct values and their running
 * counts, without sorting the raw rows: the values at ranks floor and ceil of (n - 1)q, interpolated
 * as the engine's own quantile_cont/percentile_cont does (so bucket edges are the same to the bit).
 */
async function quantilesCont(cur: Relation, from: string, qs: number[][], ns: number[]): Promise<number[][]> {
  const d = cur.runner.dialect;
  const ranks = qs.map((list, side) =>
    list.map((q) => {
      const rn = (ns[side]! - 1) * q;
      return { side, rn, lo: Math.floor(rn), hi: Math.ceil(rn) };
    }),
  );
  const wanted = [...new Set(ranks.flat().flatMap((r) => [`${r.side}:${r.lo}`, `${r.side}:${r.hi}`]))];
  const values = wanted.map((w) => `(${w.replace(':', ', ')})`).join(', ');
  const rows = await cur.runner.query(
    `WITH e AS (SELECT src, v, sum(n) OVER (PARTITION BY src ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum FROM ${from} g) ` +
      `SELECT r.s AS src, r.k AS k, min(e.v) AS v FROM (VALUES ${values}) AS r(s, k) JOIN e ON e.src = r.s AND e.cum > r.k GROUP BY r.s, r.k`,
  );
  const at = new Map(rows.map((r) => [`${num(r.src)}:${num(r.k)}`, num(r.v) ?? 0]));
  return ranks.map((list) =>
    list.map((r) => {
      const lo = at.get(`${r.side}:${r.lo}`) ?? 0;
      const hi = at.get(`${r.side}:${r.hi}`) ?? 0;
      return r.lo === r.hi ? lo : d.lerp(lo, hi, r.rn - r.lo);
    }),
  );
}

/** PSI with empty bins clipped to eps = 1e-4. */
export function psiEps(refCounts: number[], curCounts: number[], eps = 1e-4): number {
  const p = proportions(refCounts).map((x) => Math.max(x, eps));
  const q = proportions(curCounts).map((x) => Math.max(x, eps));
  return p.reduce((s, x, i) => s + (q[i]! - x) * Math.log(q[i]! / x), 0);
}

async function categoryCounts(cur: Relation, ref: ReferenceSide, name: string): Promise<{ keys: string[]; ref: number[]; cur: number[]; refRows: number }> {
  const d = cur.runner.dialect;
  const curRows = await cur.runner.query(await textCounts(d, cur, name, CAT_CAP));
  const counts = new Map<string, [number, number]>();
  let refRows = 0;
  if (ref.kind === 'relation') {
    const refRowsQ = await cur.runner.query(await textCounts(d, ref.rel, name, CAT_CAP));
    for (const r of refRowsQ) counts.set(normKey(r.v), [num(r.n) ?? 0, 0]);
  } else {
    const pc = ref.profile.columns.find((c) => c.name === name);
    for (const [v, n] of pc?.valueCounts ?? []) counts.set(normKey(v), [n, 0]);
  }
  for (const r of curRows) {
    const k = normKey(r.v);
    const e = counts.get(k) ?? [0, 0];
    e[1] = num(r.n) ?? 0;
    counts.set(k, e);
  }
  const keys = [...counts.keys()].sort();
  for (const k of keys) refRows += counts.get(k)![0];
  return { keys, ref: keys.map((k) => counts.get(k)![0]), cur: keys.map((k) => counts.get(k)![1]), refRows };
}

// 1 and 1.0 are one category whichever engine rendered it.
const normKey = (v: unknown) => {
  const s = String(v);
  return /^-?\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s;
};

function categoricalScore(method: DriftMethod, r: number[], c: number[]): { score: number; statistic?: number } {
  switch (method) {
    case 'chisquare': {
      const x = chiSquareGof(r, c);
      return { score: x.p, statistic: x.statistic };
    }
    case 'z': {
      const nr = r.reduce((a, b) => a + b, 0);
      const nc = c.reduce((a, b) => a + b, 0);
      // Evidently tests the proportion of the first category (sorted) in each sample.
      const x = twoProportionZ(r[0] ?? 0, nr, c[0] ?? 0, nc);
      return { score: r.length <= 1 && c.length <= 1 ? 1 : x.p, statistic: x.statistic };
    }
    case 'psi':
      return { score: psi(r, c) };
    case 'hellinger':
      return { score: hellinger(r, c) };
    case 'l_infinity':
      return { score: lInfinity(r, c) };
    default:
      return { score: jensenShannon(r, c) };
  }
}

async function categoricalDrift(cur: Relation, ref: ReferenceSide, name: string, cfg: DriftConfig): Promise<DriftColumnResult | undefined> {
  const cats = await categoryCounts(cur, ref, name);
  const nr = ref.kind === 'profile' ? ref.profile.columns.find((c) => c.name === name)?.count ?? cats.refRows : cats.refRows;
  const nc = cats.cur.reduce((a, b) => a + b, 0);
  if (nr === 0 || nc === 0) return undefined;
  const override = cfg.perColumn[name]?.method ?? cfg.method;
  const method = pick(override as DriftMethod | undefined, nr, cats.keys.length, false);
  const threshold = cfg.perColumn[name]?.threshold ?? cfg.threshold ?? DEFAULT_THRESHOLD[method];
  const newIdx = cats.keys.map((_k, i) => i).filter((i) => cats.ref[i] === 0 && cats.cur[i]! > 0);
  // Evidently's chi-square is infinite on a new category: it is reported as its own finding instead,
  // and the test runs on the categories the reference knows.
  const known = cats.keys.map((_k, i) => i).filter((i) => cats.ref[i]! > 0);
  const sc = categoricalScore(method, known.map((i) => cats.ref[i]!), known.map((i) => cats.cur[i]!));
  const top = cats.keys
    .map((k, i) => ({ k, w: cats.ref[i]! / Math.max(nr, 1) + cats.cur[i]! / nc, i }))
    .sort((a, b) => b.w - a.w)
    .slice(0, 10);
  const rp = proportions(cats.ref);
  const cp = proportions(cats.cur);
  const result: DriftColumnResult = {
    column: name,
    kind: 'categorical',
    method,
    ...sc,
    threshold,
    drifted: false,
    psi: psi(cats.ref, cats.cur),
    referenceRows: nr,
    currentRows: nc,
    nUnique: cats.keys.length,
    approximate: false,
    histogram: { labels: top.map((t) => t.k), reference: top.map((t) => rp[t.i]!), current: top.map((t) => cp[t.i]!) },
    ...(newIdx.length ? { newCategories: { values: newIdx.length, rows: newIdx.reduce((a, i) => a + cats.cur[i]!, 0), examples: newIdx.slice(0, 5).map((i) => cats.keys[i]!) } } : {}),
  };
  result.drifted = decide(method, result.score, threshold);
  return result;
}

const fmt = (x: number) => (Math.abs(x) >= 1000 || Number.isInteger(x) ? x.toFixed(0) : x.toPrecision(3));

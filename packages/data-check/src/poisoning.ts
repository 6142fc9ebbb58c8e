/**
 * Model-free poisoning signals (none of GX, Deequ, Soda or Evidently has them on by default):
 * conflicting labels for identical features, exact/feature duplicate rates against the reference,
 * label shift overall and per segment, row-count drop or jump, out-of-reference-range rate,
 * outlier-rate change (robust z with the reference median/MAD), and trigger patterns (a value whose
 * positive-label purity jumps towards 1). All computed in SQL.
 */
import { chiSquareGof, jensenShannon, twoProportionZ } from './stats/distances.js';
import { normalTwoSided } from './stats/distributions.js';
import { isNumeric, type Relation } from './relation.js';
import type { Profile } from './profile.js';
import { num } from './sql/runner.js';
import type { Suite } from './suite.js';

export type SignalId = 'conflicting-labels' | 'duplicates' | 'label-shift' | 'segment-label-shift' | 'row-count' | 'out-of-range' | 'outlier-rate' | 'trigger';

export interface Signal {
  id: SignalId;
  column?: string;
  title: string;
  message: string;
  properties: Record<string, unknown>;
}

export interface PoisonInput {
  cur: Relation;
  ref?: Relation;
  profile?: Profile;
  suite: Suite;
}

const rate = (a: number, n: number) => (n > 0 ? a / n : 0);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

export async function poisoningSignals({ cur, ref, profile, suite }: PoisonInput): Promise<{ signals: Signal[]; metrics: Record<string, unknown> }> {
  const d = cur.runner.dialect;
  const signals: Signal[] = [];
  const metrics: Record<string, unknown> = {};
  const label = suite.label && cur.columns.some((c) => c.name === suite.label) ? suite.label : undefined;
  const idCols = new Set([...suite.primaryKey, ...(suite.poisoning.source ? [suite.poisoning.source] : [])]);
  const features = (suite.poisoning.features ?? cur.columns.map((c) => c.name)).filter((c) => c !== label && !idCols.has(c) && cur.columns.some((x) => x.name === c));
  const all = cur.columns.map((c) => c.name).filter((c) => !idCols.has(c));
  const ids = (cols: string[]) => cols.map((c) => d.ident(c)).join(', ');

  // Duplicates: exact rows (ignoring the primary key) and identical feature vectors.
  // Grouping by thousands of columns costs minutes: such tables are not row-level training data.
  const WIDE = 500;
  if (all.length > WIDE) metrics.skipped = `duplicate and conflicting-label checks skipped: ${all.length} columns (limit ${WIDE}); list poisoning.features`;
  const dupRate = async (rel: Relation, cols: string[]) => {
    if (!cols.length || cols.length > WIDE) return 0;
    const [r] = await rel.runner.query(`SELECT COALESCE(sum(n - 1), 0) AS dups FROM (SELECT count(*) AS n FROM ${rel.sql} GROUP BY ${ids(cols)} HAVING count(*) > 1) g`);
    return num(r!.dups) ?? 0;
  };
  const exact = await dupRate(cur, all);
  const featureDups = await dupRate(cur, features);
  const refExact = ref ? await dupRate(ref, all.filter((c) => ref.columns.some((x) => x.name === c))) : undefined;
  metrics.duplicates = { exact, exactRate: rate(exact, cur.rowCount), feature: featureDups, featureRate: rate(featureDups, cur.rowCount), referenceExactRate: refExact === undefined ? null : rate(refExact, ref!.rowCount) };
  const er = rate(exact, cur.rowCount);
  const rr = refExact === undefined ? 0 : rate(refExact, ref!.rowCount);
  if (exact > 0 && er > Math.max(2 * rr, rr + 0.005)) {
    signals.push({
      id: 'duplicates',
      title: `Duplicate rows: ${exact} (${pct(er)})`,
      message: `${exact} rows duplicate another row exactly (${pct(er)} of ${cur.rowCount}; the reference has ${pct(rr)}). Injected duplicates over-weight the examples they copy.`,
      properties: { duplicates: exact, rate: er, referenceRate: rr, featureDuplicates: featureDups },
    });
  }

  // Conflicting labels: identical features, different labels.
  if (label && features.length && features.length <= WIDE) {
    const conflicts = async (rel: Relation) => {
      const [r] = await rel.runner.query(
        `SELECT count(*) AS groups, COALESCE(sum(n), 0) AS rows FROM (SELECT count(*) AS n FROM ${rel.sql} GROUP BY ${ids(features)} HAVING count(DISTINCT ${d.ident(label)}) > 1) g`,
      );
      return { groups: num(r!.groups) ?? 0, rows: num(r!.rows) ?? 0 };
    };
    const c = await conflicts(cur);
    const rc = ref && features.every((f) => ref.columns.some((x) => x.name === f)) && ref.columns.some((x) => x.name === label) ? await conflicts(ref) : undefined;
    const cr = rate(c.rows, cur.rowCount);
    const refRate = rc ? rate(rc.rows, ref!.rowCount) : 0;
    metrics.conflictingLabels = { ...c, rate: cr, referenceRate: rc ? refRate : null };
    if (c.groups > 0 && cr > refRate + 0.001) {
      signals.push({
        id: 'conflicting-labels',
        column: label,
        title: `Conflicting labels: ${c.groups} groups of identical features (${c.rows} rows)`,
        message: `${c.rows} rows (${pct(cr)}) share identical features but carry different "${label}" values, in ${c.groups} groups (reference: ${pct(refRate)}). Label flipping is the classic poisoning attack.`,
        properties: { groups: c.groups, rows: c.rows, rate: cr, referenceRate: refRate, features },
      });
    }
  }

  // Row count against the reference (the seed's incomplete batch).
  const refRows = ref?.rowCount ?? profile?.rowCount;
  if (refRows) {
    const ratio = cur.rowCount / refRows;
    const [lo, hi] = suite.poisoning.rowCountRange;
    metrics.rowCount = { current: cur.rowCount, reference: refRows, ratio };
    if (ratio < lo || ratio > hi) {
      signals.push({
        id: 'row-count',
        title: ratio < lo ? `Row count dropped to ${(100 * ratio).toFixed(1)}% of the reference` : `Row count jumped to ${(100 * ratio).toFixed(1)}% of the reference`,
        message: `${cur.rowCount} rows against ${refRows} in the reference (allowed ratio ${lo}–${hi}). ${ratio < lo ? 'An incomplete batch skews training.' : 'A sudden bulk of new rows can carry injected data.'}`,
        properties: { current: cur.rowCount, reference: refRows, ratio, allowed: [lo, hi] },
      });
    }
  }

  // Label distribution shift overall and per segment.
  const refLabel = ref && label && ref.columns.some((x) => x.name === label) ? ref : undefined;
  let positive: string | undefined;
  if (label && (refLabel || profile?.label)) {
    const counts = async (rel: Relation) =>
      new Map((await rel.runner.query(`SELECT ${d.toText(d.ident(label))} AS v, count(*) AS n FROM ${rel.sql} WHERE ${d.ident(label)} IS NOT NULL GROUP BY ${d.toText(d.ident(label))}`)).map((r) => [normKey(r.v), num(r.n) ?? 0]));
    const cc = await counts(cur);
    const rc = refLabel ? await counts(refLabel) : new Map(profile!.label!.counts.map(([k, n]) => [normKey(k), n]));
    const keys = [...new Set([...cc.keys(), ...rc.keys()])].sort();
    const r = keys.map((k) => rc.get(k) ?? 0);
    const c = keys.map((k) => cc.get(k) ?? 0);
    // The positive class is the rarer one in the reference (fraud, spam, ...).
    positive = keys.length === 2 ? (r[0]! <= r[1]! ? keys[0] : keys[1]) : undefined;
    const js = jensenShannon(r, c);
    const chi = keys.every((_k, i) => r[i]! > 0) ? chiSquareGof(r, c) : { statistic: Infinity, p: 0 };
    const nr = r.reduce((a, b) => a + b, 0);
    const nc = c.reduce((a, b) => a + b, 0);
    const shares = Object.fromEntries(keys.map((k, i) => [k, { reference: rate(r[i]!, nr), current: rate(c[i]!, nc) }]));
    metrics.labelShift = { js, chiSquare: chi.statistic, p: chi.p, shares };
    const maxDelta = Math.max(...keys.map((k) => Math.abs(shares[k]!.reference - shares[k]!.current)));
    if (chi.p < 0.05 && (js >= 0.1 || maxDelta >= 0.05)) {
      signals.push({
        id: 'label-shift',
        column: label,
        title: `Label distribution shifted (JS ${js.toFixed(3)})`,
        message: `"${label}" shares moved from ${keys.map((k) => `${k}: ${pct(shares[k]!.reference)}`).join(', ')} to ${keys.map((k) => `${k}: ${pct(shares[k]!.current)}`).join(', ')} (chi-square p = ${chi.p.toExponential(2)}).`,
        properties: { js, p: chi.p, shares },
      });
    }
    if (positive !== undefined && refLabel) await segmentSignals(cur, refLabel, label, positive, suite, signals, metrics);
  }

  // Out-of-reference-range and outlier rates for numeric features.
  if (ref || profile) {
    const ranges: Record<string, unknown> = {};
    for (const col of features) {
      const c = cur.columns.find((x) => x.name === col)!;
      if (!isNumeric(c.family)) continue;
      const v = d.toDouble(d.ident(col));
      let bounds: { p001: number; p999: number; min: number; max: number; med: number; mad: number } | undefined;
      if (ref && ref.columns.some((x) => x.name === col && isNumeric(x.family))) {
        const [b] = await ref.runner.query(
          `SELECT ${d.quantiles(v, [0.001, 0.5, 0.999], 'cont')} AS q, min(${v}) AS mn, max(${v}) AS mx FROM ${ref.sql} WHERE ${d.ident(col)} IS NOT NULL`,
        );
        const q = (b!.q as unknown[]).map((x) => num(x) ?? 0);
        const [m] = await ref.runner.query(`SELECT ${d.quantile(`abs(${v} - ${d.literal(q[1]!)})`, 0.5, 'cont')} AS mad FROM ${ref.sql} WHERE ${d.ident(col)} IS NOT NULL`);
        bounds = { p001: q[0]!, med: q[1]!, p999: q[2]!, min: num(b!.mn) ?? 0, max: num(b!.mx) ?? 0, mad: num(m!.mad) ?? 0 };
      } else if (profile) {
        const pc = profile.columns.find((x) => x.name === col);
        if (pc?.quantiles?.length === 1001) {
          const q = pc.quantiles;
          const med = q[500]!;
          bounds = { p001: q[1]!, p999: q[999]!, min: q[0]!, max: q[1000]!, med, mad: NaN };
        }
      }
      if (!bounds) continue;
      const modz = () => (bounds.mad > 0 ? `, count(*) FILTER (WHERE abs(0.6745 * (${v} - ${d.literal(bounds.med)}) / ${d.literal(bounds.mad)}) > 3.5) AS outl` : '');
      const countRange = async (rel: Relation) => {
        const sql =
          `SELECT count(${v}) AS n, count(*) FILTER (WHERE ${v} < ${d.literal(bounds.p001)} OR ${v} > ${d.literal(bounds.p999)}) AS oor, ` +
          `count(*) FILTER (WHERE ${v} < ${d.literal(bounds.min)} OR ${v} > ${d.literal(bounds.max)}) AS beyond${modz()} FROM ${rel.sql}`;
        const [r] = await rel.runner.query(sql);
        return { n: num(r!.n) ?? 0, oor: num(r!.oor) ?? 0, beyond: num(r!.beyond) ?? 0, outl: num(r!.outl) ?? 0 };
      };
      const cr = await countRange(cur);
      if (!cr.n) continue;
      const oorRate = cr.oor / cr.n;
      // One-sided binomial (normal approximation) against the 0.2% expected outside [p0.1, p99.9].
      const z = (cr.oor - cr.n * 0.002) / Math.sqrt(cr.n * 0.002 * 0.998);
      const p = z > 0 ? normalTwoSided(z) / 2 : 1;
      const entry: Record<string, unknown> = { outOfRangeRate: oorRate, beyondMinMax: cr.beyond, p, referenceRange: [bounds.p001, bounds.p999] };
      if (oorRate > 0.01 && p < 0.001) {
        signals.push({
          id: 'out-of-range',
          column: col,
          title: `"${col}": ${pct(oorRate)} of values outside the reference range`,
          message: `${cr.oor} of ${cr.n} values of "${col}" fall outside the reference's [p0.1, p99.9] = [${fmt(bounds.p001)}, ${fmt(bounds.p999)}] (expected 0.2%, binomial p = ${p.toExponential(2)}); ${cr.beyond} are beyond the reference min/max.`,
          properties: entry,
        });
      }
      if (ref && bounds.mad > 0) {
        const rrng = await countRange(ref);
        const curOut = cr.outl / cr.n;
        const refOut = rrng.n ? rrng.outl / rrng.n : 0;
        Object.assign(entry, { outlierRate: curOut, referenceOutlierRate: refOut });
        if (curOut > 2 * refOut + 0.01) {
          signals.push({
            id: 'outlier-rate',
            column: col,
            title: `"${col}": outlier rate ${pct(curOut)} against ${pct(refOut)} in the reference`,
            message: `Robust z-scores (|0.6745·(x − median)/MAD| > 3.5, with the reference median ${fmt(bounds.med)} and MAD ${fmt(bounds.mad)}) flag ${pct(curOut)} of "${col}" against ${pct(refOut)} in the reference.`,
            properties: { outlierRate: curOut, referenceOutlierRate: refOut, median: bounds.med, mad: bounds.mad },
          });
        }
      }
      ranges[col] = entry;
    }
    metrics.ranges = ranges;
  }

  // Trigger patterns: a categorical value whose positive-label purity jumps towards 1.
  if (label && positive !== undefined) {
    const pos = `${d.toText(d.ident(label))} = ${d.literal(positive)}`;
    for (const col of features) {
      const c = cur.columns.find((x) => x.name === col)!;
      if (c.family !== 'string' && c.family !== 'boolean') continue;
      const rows = await cur.runner.query(
        `SELECT ${d.toText(d.ident(col))} AS v, count(*) AS n, count(*) FILTER (WHERE ${pos}) AS p FROM ${cur.sql} WHERE ${d.ident(col)} IS NOT NULL GROUP BY ${d.toText(d.ident(col))} HAVING count(*) >= 10 AND count(*) FILTER (WHERE ${pos}) >= 0.9 * count(*) ${d.limit(20)}`,
      );
      for (const r of rows) {
        const value = String(r.v);
        const n = num(r.n) ?? 0;
        const p = num(r.p) ?? 0;
        let refPurity: number | null = null;
        let refN = 0;
        if (refLabel && refLabel.columns.some((x) => x.name === col)) {
          const [rr] = await refLabel.runner.query(
            `SELECT count(*) AS n, count(*) FILTER (WHERE ${pos}) AS p FROM ${refLabel.sql} WHERE ${d.toText(d.ident(col))} = ${d.literal(value)}`,
          );
          refN = num(rr!.n) ?? 0;
          refPurity = refN ? (num(rr!.p) ?? 0) / refN : null;
        }
        if (refPurity !== null && refPurity > 0.5) continue;
        signals.push({
          id: 'trigger',
          column: col,
          title: `Possible trigger: "${col}" value labelled "${positive}" in ${pct(p / n)} of ${n} rows`,
          message: `${p} of ${n} rows with this "${col}" value carry "${label}" = ${positive} (reference: ${refPurity === null ? 'value absent' : `${pct(refPurity)} of ${refN}`}). A value whose label purity suddenly approaches 1 is how backdoor triggers look in tabular data.`,
          properties: { column: col, rows: n, purity: p / n, referencePurity: refPurity, referenceRows: refN, valueMasked: maskValue(value) },
        });
      }
    }
  }
  return { signals, metrics };
}

async function segmentSignals(cur: Relation, ref: Relation, label: string, positive: string, suite: Suite, signals: Signal[], metrics: Record<string, unknown>) {
  const d = cur.runner.dialect;
  const pos = `${d.toText(d.ident(label))} = ${d.literal(positive)}`;
  const candidates = suite.poisoning.segments ?? cur.columns.filter((c) => c.family === 'string' || c.family === 'boolean').map((c) => c.name);
  const segs: Record<string, unknown>[] = [];
  for (const col of candidates) {
    if (col === label || !ref.columns.some((x) => x.name === col)) continue;
    const q = (rel: Relation) =>
      rel.runner.query(`SELECT ${d.toText(d.ident(col))} AS v, count(*) AS n, count(*) FILTER (WHERE ${pos}) AS p FROM ${rel.sql} GROUP BY ${d.toText(d.ident(col))} ${d.limit(51)}`);
    const cr = await q(cur);
    if (cr.length > 50) continue; // not a segment column
    const rr = new Map((await q(ref)).map((r) => [String(r.v), r]));
    for (const r of cr) {
      const o = rr.get(String(r.v));
      if (!o) continue;
      const n1 = num(o.n) ?? 0;
      const k1 = num(o.p) ?? 0;
      const n2 = num(r.n) ?? 0;
      const k2 = num(r.p) ?? 0;
      if (n1 < 30 || n2 < 30) continue;
      const z = twoProportionZ(k1, n1, k2, n2);
      segs.push({ column: col, value: String(r.v), reference: k1 / n1, current: k2 / n2, delta: k2 / n2 - k1 / n1, p: z.p });
    }
  }
  segs.sort((a, b) => Math.abs(b.delta as number) - Math.abs(a.delta as number));
  metrics.segmentLabelShift = segs.slice(0, 10);
  const bonferroni = 0.05 / Math.max(segs.length, 1);
  for (const s of segs.slice(0, 3)) {
    if ((s.p as number) < bonferroni && Math.abs(s.delta as number) >= 0.05) {
      signals.push({
        id: 'segment-label-shift',
        column: String(s.column),
        title: `"${label}" = ${positive} rate moved from ${pct(s.reference as number)} to ${pct(s.current as number)} where ${String(s.column)} = ${String(s.value)}`,
        message: `Per-segment label rate shift (two-proportion z, p = ${(s.p as number).toExponential(2)}, Bonferroni-corrected over ${segs.length} segments): a shift hidden in one segment is invisible in the global rate.`,
        properties: s,
      });
    }
  }
}

const normKey = (v: unknown) => {
  const s = String(v);
  return /^-?\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s;
};
const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(4));
export const maskValue = (v: string) => (v.length <= 2 ? '**' : `${v[0]}${'*'.repeat(Math.min(v.length - 2, 8))}${v[v.length - 1]}`);

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '@mlguard/core';
import { computeDrift } from '../src/drift.js';
import { loadFile } from '../src/load-file.js';
import type { Relation } from '../src/relation.js';
import type { DuckDbRunner } from '../src/sql/duckdb-runner.js';
import { parseSuite } from '../src/suite.js';
import { duck, tempDir } from './helpers.js';

const vectors = JSON.parse(readFileSync(join(import.meta.dirname, 'vectors/drift-vectors.json'), 'utf8')) as {
  ks: { name: string; ref: number[] | null; cur: number[] | null; p_auto: number; normed: number; D: number }[];
  categorical: { name: string; keys: string[]; ref: number[]; cur: number[]; chi2_p: number; js_e: number }[];
};
const C: [number[], number[]] = [Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 1000) / 10), Array.from({ length: 1500 }, (_, i) => ((i * 7919) % 1000) / 10 + 5)];

let db: DuckDbRunner;
let n = 0;
beforeAll(async () => {
  db = await duck();
});
afterAll(async () => {
  await db.close();
});

async function numericTable(values: number[]): Promise<Relation> {
  const name = `t${n++}`;
  await db.query(`CREATE TABLE ${name} (x DOUBLE)`);
  await db.query(`INSERT INTO ${name} VALUES ${values.map((v) => `(${v})`).join(', ')}`);
  return { runner: db, sql: name, label: name, columns: [{ name: 'x', family: 'float', sqlType: 'DOUBLE' }], rowCount: values.length, typeViolations: [] };
}

async function categoryTable(keys: string[], counts: number[]): Promise<Relation> {
  const values = keys.flatMap((k, i) => Array.from({ length: counts[i]! }, () => k));
  const name = `t${n++}`;
  await db.query(`CREATE TABLE ${name} (x VARCHAR)`);
  await db.query(`INSERT INTO ${name} VALUES ${values.map((v) => `('${v}')`).join(', ')}`);
  return { runner: db, sql: name, label: name, columns: [{ name: 'x', family: 'string', sqlType: 'VARCHAR' }], rowCount: values.length, typeViolations: [] };
}

const cfg = parseSuite('expectations: []\n', 's.yml').drift;

describe('drift through SQL agrees with scipy', () => {
  it('picks K-S with the exact p-value for a reference of <= 1000 rows (case A)', async () => {
    const a = vectors.ks.find((v) => v.name === 'A')!;
    const res = await computeDrift(await numericTable(a.cur!), { kind: 'relation', rel: await numericTable(a.ref!) }, cfg, []);
    const col = res.columns[0]!;
    expect(col.method).toBe('ks');
    expect(col.statistic).toBeCloseTo(a.D, 12);
    expect(col.score).toBeCloseTo(a.p_auto, 9);
    expect(col.pValueMethod).toBe('exact');
    expect(col.drifted).toBe(false); // 0.087 > 0.05: the asymptotic p (0.049) would have said drift
  });

  it('picks normed Wasserstein above 1000 reference rows (case C), with decile PSI', async () => {
    const c = vectors.ks.find((v) => v.name === 'C')!;
    const res = await computeDrift(await numericTable(C[1]), { kind: 'relation', rel: await numericTable(C[0]) }, cfg, []);
    const col = res.columns[0]!;
    expect(col.method).toBe('wasserstein');
    expect(col.score).toBeCloseTo(c.normed, 9);
    expect(col.drifted).toBe(true);
    expect(col.psi).toBeCloseTo(0.0534139, 6);
    expect(res.datasetDrift).toBe(true);
    expect(col.histogram.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('honours a per-column method and threshold override', async () => {
    const c = vectors.ks.find((v) => v.name === 'C')!;
    const over = { ...cfg, perColumn: { x: { method: 'ks', threshold: 0.01 } } };
    const col = (await computeDrift(await numericTable(C[1]), { kind: 'relation', rel: await numericTable(C[0]) }, over, [])).columns[0]!;
    expect(col.method).toBe('ks');
    expect(col.score).toBeCloseTo(c.p_auto, 9);
    expect(col.drifted).toBe(false);
  });

  it('picks chi-square for small categorical samples (cases E, F) and reports new categories (G)', async () => {
    for (const name of ['E', 'F']) {
      const v = vectors.categorical.find((x) => x.name === name)!;
      const col = (await computeDrift(await categoryTable(v.keys, v.cur), { kind: 'relation', rel: await categoryTable(v.keys, v.ref) }, cfg, [])).columns[0]!;
      expect(col.method).toBe('chisquare');
      expect(col.score / v.chi2_p).toBeCloseTo(1, 8);
      expect(col.drifted).toBe(name === 'F');
    }
    const g = vectors.categorical.find((x) => x.name === 'G')!;
    const col = (await computeDrift(await categoryTable(g.keys, g.cur), { kind: 'relation', rel: await categoryTable(g.keys, g.ref) }, cfg, [])).columns[0]!;
    expect(col.method).toBe('chisquare'); // 1000 reference rows: still the small-sample test
    expect(col.newCategories).toEqual({ values: 1, rows: 30, examples: ['d'] });
  });

  it('picks the z-test for two categories and Jensen-Shannon for large categorical references', async () => {
    const z = (await computeDrift(await categoryTable(['a', 'b'], [100, 900]), { kind: 'relation', rel: await categoryTable(['a', 'b'], [120, 680]) }, cfg, [])).columns[0]!;
    expect(z.method).toBe('z');
    expect(z.score).toBeCloseTo(0.00129, 4);
    const f = vectors.categorical.find((x) => x.name === 'F')!;
    const big = (await computeDrift(await categoryTable(f.keys, f.cur.map((x) => x * 2)), { kind: 'relation', rel: await categoryTable(f.keys, f.ref.map((x) => x * 2)) }, cfg, [])).columns[0]!;
    expect(big.method).toBe('jensenshannon');
    expect(big.score).toBeCloseTo(f.js_e, 10);
  });
});

describe('a reference read only for drift', () => {
  it('loads only the drifted columns and gives the same drift as a full load', async () => {
    const dir = tempDir();
    const rows = (shift: number, n: number) => Array.from({ length: n }, (_, i) => `${i},${((i * 7919) % 1000) / 10 + shift},${['a', 'b', 'c'][i % 3]},free text ${i}`);
    writeFileSync(join(dir, 'ref.csv'), ['id,amount,kind,notes', ...rows(0, 1500)].join('\n'));
    writeFileSync(join(dir, 'cur.csv'), ['id,amount,kind,notes', ...rows(5, 1200)].join('\n'));
    const fs = nodeFileSystem(dir);
    const full = await loadFile(db, fs, 'ref.csv', 'ref_full');
    const slim = await loadFile(db, fs, 'ref.csv', 'ref_slim', { columns: ['amount', 'kind', 'absent'] });
    expect(slim.columns.map((c) => c.name)).toEqual(['amount', 'kind']);
    expect(slim.rowCount).toBe(1500);
    const cur = await loadFile(db, fs, 'cur.csv', 'cur_p');
    const drift = parseSuite('expectations: []\ndrift: {columns: [amount, kind]}\n', 's.yml').drift;
    const a = await computeDrift(cur, { kind: 'relation', rel: full }, drift, []);
    const b = await computeDrift(cur, { kind: 'relation', rel: slim }, drift, []);
    expect(b).toEqual(a);
    expect(b.columns.map((c) => [c.column, c.method, c.drifted])).toEqual([
      ['amount', 'wasserstein', true], // every value shifted by 5
      ['kind', 'jensenshannon', false],
    ]);
    // None of the wanted columns in the file: everything is loaded rather than nothing.
    expect((await loadFile(db, fs, 'ref.csv', 'ref_none', { columns: ['absent'] })).columns).toHaveLength(4);
  });
});

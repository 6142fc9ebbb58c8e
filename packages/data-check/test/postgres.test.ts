import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import pg from 'pg';
import { nodeFileSystem, noNetwork, systemClock, type EngineResult } from '@mlguard/core';
import { readTable, type Table } from '@mlguard/dataset';
import { loadDuckDb } from '../src/engine-install.js';
import { dataCheckTool } from '../src/index.js';
import { openDuckDb } from '../src/sql/duckdb-runner.js';
import { openPostgres } from '../src/sql/postgres-runner.js';
import { fakeOptions, silent } from './helpers.js';
import { pgSource, startPgCluster, type PgCluster } from './pg-cluster.js';

const root = join(import.meta.dirname, '../../..');
const ports = { workspace: root, fs: nodeFileSystem(root), log: silent, clock: systemClock, fetch: noNetwork };
let cluster: PgCluster;

async function loadIntoPostgres(client: pg.Client, name: string, t: Table) {
  const type = (c: Table['columns'][number]) => (c.type === 'boolean' ? 'BOOLEAN' : c.type === 'string' ? 'TEXT' : c.values.every((v) => v === null || Number.isInteger(v)) ? 'BIGINT' : 'DOUBLE PRECISION');
  await client.query(`CREATE TABLE ${name} (${t.columns.map((c) => `"${c.name}" ${type(c)}`).join(', ')})`);
  for (let i = 0; i < t.rowCount; i += 500) {
    const rows = [];
    const params: unknown[] = [];
    for (let r = i; r < Math.min(t.rowCount, i + 500); r++) {
      rows.push(`(${t.columns.map((c) => (params.push(c.values[r]), `$${params.length}`)).join(', ')})`);
    }
    await client.query(`INSERT INTO ${name} VALUES ${rows.join(', ')}`, params);
  }
}

beforeAll(async () => {
  cluster = await startPgCluster();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const dp = { fs: ports.fs, workspace: root };
  await loadIntoPostgres(client, 'transactions', await readTable('examples/fraud-detection/data/transactions.csv', dp));
  await loadIntoPostgres(client, 'reference', await readTable('examples/fraud-detection/data/reference.csv', dp));
  await client.end();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
}, 60_000);

const comparable = (r: EngineResult) =>
  r.findings
    .map((f) => ({ rule: f.ruleId, title: f.title.replace(/examples\/fraud-detection\/data\/transactions\.csv|transactions/g, 'T'), severity: f.severity, line: f.location?.path.endsWith('.yml') ? f.location.startLine : undefined }))
    .sort((a, b) => `${a.rule}${a.title}`.localeCompare(`${b.rule}${b.title}`));

/** Deep equality with numbers compared to 1e-9 relative (float summation order differs by engine). */
function expectClose(a: unknown, b: unknown, path = '$'): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) throw new Error(`${path}: ${a} != ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const k of Object.keys(b)) expectClose((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(a).toEqual(b);
}

describe(`PostgreSQL (a real server: ${pgSource()}) and DuckDB agree`, () => {
  it('gives the same findings, expectation results, drift scores and signals for the same data and suite', async () => {
    const suite = 'examples/fraud-detection/data/suite.yml';
    const duck = await dataCheckTool.run(fakeOptions({ suite, report: '' }), ports);
    const post = await dataCheckTool.run(fakeOptions({ suite, report: '', connection: cluster.url, table: 'transactions', 'reference-table': 'reference' }), ports);
    expect(post.metrics.engine).toBe('postgres');
    expect(comparable(post)).toEqual(comparable(duck));
    type V = { results: { success: boolean; result: Record<string, unknown> }[] };
    const dv = (duck.metrics.validation as V).results;
    const pv = (post.metrics.validation as V).results;
    expect(pv).toHaveLength(dv.length);
    dv.forEach((d, i) => {
      const p = pv[i]!;
      expect(p.success).toBe(d.success);
      for (const k of ['element_count', 'unexpected_count', 'missing_count', 'partial_unexpected_list', 'partial_unexpected_index_list']) expect(p.result[k]).toEqual(d.result[k]);
      if (typeof d.result.observed_value === 'number') expect(p.result.observed_value as number).toBeCloseTo(d.result.observed_value, 9);
      else if (!Array.isArray(d.result.observed_value)) expect(p.result.observed_value).toEqual(d.result.observed_value);
    });
    type D = { columns: { column: string; method: string; score: number; psi: number; drifted: boolean }[] };
    const dd = (duck.metrics.drift as D).columns;
    const pd = (post.metrics.drift as D).columns;
    expect(pd.map((c) => [c.column, c.method, c.drifted])).toEqual(dd.map((c) => [c.column, c.method, c.drifted]));
    dd.forEach((c, i) => {
      expect(pd[i]!.score).toBeCloseTo(c.score, 9);
      expect(pd[i]!.psi).toBeCloseTo(c.psi, 9);
    });
    expectClose(post.metrics.poisoning, duck.metrics.poisoning);
    expect(post.metrics.pii).toEqual(duck.metrics.pii);
  }, 120_000);

  it('returns int8 values as DuckDB does: numbers, and exact text beyond 2^53', async () => {
    const sql = 'SELECT CAST(42 AS BIGINT) AS small, CAST(9223372036854775807 AS BIGINT) AS big, CAST(-9007199254740993 AS BIGINT) AS neg';
    const pg = await openPostgres(cluster.url);
    const duck = await openDuckDb(await loadDuckDb({ log: silent, env: {} }), { threads: 1 });
    try {
      const expected = [{ small: 42, big: '9223372036854775807', neg: '-9007199254740993' }];
      expect(await pg.query(sql)).toEqual(expected);
      expect(await duck.query(sql)).toEqual(expected);
    } finally {
      await pg.close();
      await duck.close();
    }
  }, 60_000);

  it('reports a missing table as a usage/input error, not a crash', async () => {
    await expect(dataCheckTool.run(fakeOptions({ connection: cluster.url, table: 'nope' }), ports)).rejects.toThrow(/table not found/);
  }, 60_000);
});

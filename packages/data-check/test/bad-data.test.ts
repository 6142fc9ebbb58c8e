import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem, noNetwork, systemClock } from '@mlguard/core';
import { dataCheckTool } from '../src/index.js';
import { fakeOptions, silent, tempDir } from './helpers.js';

const dir = tempDir();
const ports = { workspace: dir, fs: nodeFileSystem(dir), log: silent, clock: systemClock, fetch: noNetwork };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const suite = 'expectations:\n  - type: expect_table_row_count_to_be_between\n    kwargs: {min_value: 1}\n';
writeFileSync(join(dir, 'suite.yml'), suite);

async function check(file: string, content: string | Buffer) {
  writeFileSync(join(dir, file), content);
  return dataCheckTool.run(fakeOptions({ suite: 'suite.yml', data: file, report: '' }), ports);
}

describe('bad data is a finding with its line, never a crash', () => {
  it.each([
    ['ragged.csv', 'a,b\n1,2\n3,4\n5,6,7\n8,9\n', 4, /ragged CSV row/],
    ['latin1.csv', Buffer.concat([Buffer.from('name,city\nann,Berlin\nbob,'), Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x0a])]), 3, /invalid UTF-8/],
    ['broken.jsonl', '{"a":1}\n{"a":2}\n{"a":\n{"a":4}\n', 3, /not valid JSON/],
  ])('%s', async (file, content, line, message) => {
    const res = await check(file, content);
    expect(res.findings).toHaveLength(1);
    const f = res.findings[0]!;
    expect(f.ruleId).toBe('DATA-INPUT-001');
    expect(f.location).toEqual({ path: file, startLine: line });
    expect(f.message).toMatch(message);
  });

  it('a corrupt Parquet footer', async () => {
    const good = readFileSync(join(import.meta.dirname, '../../dataset/test/fixtures/small.parquet'));
    const bad = Buffer.from(good);
    bad.fill(0xff, bad.length - 40, bad.length - 8);
    const res = await check('bad.parquet', bad);
    expect(res.findings.map((f) => f.ruleId)).toEqual(['DATA-INPUT-001']);
    expect(res.findings[0]!.location?.path).toBe('bad.parquet');
    expect(res.findings[0]!.message).toMatch(/Parquet/);
  });

  it('a header-only CSV is zero rows: the row-count expectation fails, nothing crashes', async () => {
    const res = await check('header.csv', 'a,b,c\n');
    expect(res.findings.map((f) => f.ruleId)).toEqual(['DATA-EXPECT-001']);
    expect((res.metrics.dataset as { rows: number }).rows).toBe(0);
  });

  it('a 10,000-column file is read and checked', async () => {
    const cols = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const rows = [cols.join(','), ...Array.from({ length: 5 }, (_, r) => cols.map((_c, i) => (i % 2 ? `v${r}` : String(r * i))).join(','))];
    const res = await check('wide.csv', rows.join('\n') + '\n');
    expect(res.findings).toEqual([]);
    expect(res.metrics.dataset).toMatchObject({ rows: 5, columns: 10_000 });
  }, 120_000);

  it('values that do not cast to the inferred type are counted with their lines, not dropped', async () => {
    const lines = ['id,amount', ...Array.from({ length: 40 }, (_, i) => `${i},${i % 20 === 7 ? 'n/a' : (i * 1.5).toFixed(1)}`)];
    const res = await check('typed.csv', lines.join('\n') + '\n');
    const f = res.findings.find((x) => x.ruleId === 'DATA-TYPE-001')!;
    expect(f.properties).toMatchObject({ column: 'amount', expected: 'float', count: 2, lines: [9, 29] });
    expect(f.location).toEqual({ path: 'typed.csv', startLine: 9 });
  });

  it('a suite with a syntax error is a config error with its line', async () => {
    writeFileSync(join(dir, 'bad.yml'), 'expectations:\n  - type: x\n   kwargs: [\n');
    await expect(dataCheckTool.run(fakeOptions({ suite: 'bad.yml', data: 'ragged.csv' }), ports)).rejects.toMatchObject({ kind: 'config', line: 3 });
  });
});

describe('file shapes', () => {
  it('reads a glob of CSV files and gzip-compressed CSV and JSONL files', async () => {
    const { gzipSync } = await import('node:zlib');
    writeFileSync(join(dir, 'part-1.csv'), 'a,b\n1,x\n2,y\n');
    writeFileSync(join(dir, 'part-2.csv'), 'a,b\n3,z\n');
    const glob = await dataCheckTool.run(fakeOptions({ data: 'part-*.csv', report: '', pii: false }), ports);
    expect(glob.metrics.dataset).toMatchObject({ source: 'part-*.csv', rows: 3, columns: 2 });
    writeFileSync(join(dir, 'packed.csv.gz'), gzipSync('a,b\n1,x\n2,y\n'));
    const gz = await dataCheckTool.run(fakeOptions({ data: 'packed.csv.gz', report: '', pii: false }), ports);
    expect(gz.metrics.dataset).toMatchObject({ rows: 2, columns: 2 });
    writeFileSync(join(dir, 'rows.jsonl.gz'), gzipSync('{"a":1}\n{"a":2}\n'));
    const jl = await dataCheckTool.run(fakeOptions({ data: 'rows.jsonl.gz', report: '', pii: false }), ports);
    expect(jl.metrics.dataset).toMatchObject({ rows: 2, columns: 1 });
  });
});

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { isMlguardError, nodeFileSystem } from '@mlguard/core';
import { readTable, type Table } from '../src/index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const ports = { fs: nodeFileSystem(fixtures), workspace: fixtures };
const tmp = mkdtempSync(join(tmpdir(), 'mlguard-dataset-'));
const tports = { fs: nodeFileSystem(tmp), workspace: tmp };

const col = (t: Table, n: string) => t.columns.find((c) => c.name === n)!;

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isMlguardError(e)) return e;
    throw e;
  }
  throw new Error('expected an input error');
}

describe('readTable', () => {
  it.each(['small.csv', 'small.jsonl', 'small.parquet'])('reads %s with the same columns, types and values', async (f) => {
    const t = await readTable(f, ports);
    expect(t.source).toBe(f);
    expect(t.rowCount).toBe(3);
    expect(col(t, 'id')).toEqual({ name: 'id', type: 'number', values: [1, 2, 3] });
    expect(col(t, 'amount')).toEqual({ name: 'amount', type: 'number', values: [10.5, null, 7] });
    expect(col(t, 'country')).toEqual({ name: 'country', type: 'string', values: ['DE', 'FR', 'D,E'] });
    expect(col(t, 'flag')).toEqual({ name: 'flag', type: 'boolean', values: [true, false, true] });
  });

  it('selects columns in order and limits rows', async () => {
    for (const f of ['small.csv', 'small.jsonl', 'small.parquet']) {
      const t = await readTable(f, ports, { columns: ['country', 'id'], limit: 2 });
      expect(t.columns.map((c) => c.name)).toEqual(['country', 'id']);
      expect(t.rowCount).toBe(2);
      expect(t.columns[1]!.values).toEqual([1, 2]);
    }
  });

  it('renders nested JSON as text and pads missing keys with null', async () => {
    const t = await readTable('small.jsonl', ports);
    expect(col(t, 'extra').values).toEqual([null, null, '{"a":1}']);
  });

  it('reads gzip-compressed files and a mixed column as strings', async () => {
    writeFileSync(join(tmp, 'm.csv.gz'), gzipSync('a,b\n1,x\nfoo,2\n'));
    const t = await readTable('m.csv.gz', tports);
    expect(col(t, 'a')).toEqual({ name: 'a', type: 'string', values: ['1', 'foo'] });
  });

  it('reads a header-only CSV as zero rows', async () => {
    writeFileSync(join(tmp, 'h.csv'), 'a,b\n');
    const t = await readTable('h.csv', tports);
    expect(t.rowCount).toBe(0);
    expect(t.columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it.each([
    ['ragged.csv', 'a,b\n1,2\n3,4,5\n', 3, /ragged CSV row: 3 fields/],
    ['dup.csv', 'a,a\n1,2\n', 1, /duplicate column name "a"/],
    ['empty.csv', '', 1, /empty/],
    ['bad.jsonl', '{"a":1}\n{"a":\n', 2, /not valid JSON/],
    ['arr.jsonl', '{"a":1}\n[1,2]\n', 2, /not an object/],
  ])('reports %s as an input error with its line', async (name, content, line, msg) => {
    writeFileSync(join(tmp, name), content);
    const e = await failure(readTable(name, tports));
    expect(e.kind).toBe('input');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(msg);
  });

  it('reports invalid UTF-8 with its line', async () => {
    writeFileSync(join(tmp, 'latin1.csv'), Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xe9, 0x0a])]));
    const e = await failure(readTable('latin1.csv', tports));
    expect(e.message).toMatch(/invalid UTF-8/);
    expect(e.line).toBe(3);
  });

  it('reports a corrupt Parquet footer', async () => {
    const good = await nodeFileSystem(fixtures).readFile('small.parquet');
    const bad = Buffer.from(good);
    bad.fill(0xff, bad.length - 40, bad.length - 8);
    writeFileSync(join(tmp, 'bad.parquet'), bad);
    const e = await failure(readTable('bad.parquet', tports));
    expect(e.message).toMatch(/corrupt Parquet/);
    writeFileSync(join(tmp, 'trunc.parquet'), good.subarray(0, 100));
    expect((await failure(readTable('trunc.parquet', tports))).message).toMatch(/not a Parquet file/);
  });

  it('rejects unknown formats and missing files', async () => {
    expect((await failure(readTable('x.xlsx', tports))).message).toMatch(/unknown dataset format/);
    expect((await failure(readTable('nope.csv', tports))).message).toMatch(/not found/);
  });

  it('never crashes on arbitrary CSV or JSONL bytes (only input errors)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, csv) => {
        const name = csv ? 'fuzz.csv' : 'fuzz.jsonl';
        writeFileSync(join(tmp, name), bytes);
        try {
          const t = await readTable(name, tports);
          for (const c of t.columns) expect(c.values.length).toBe(t.rowCount);
        } catch (e) {
          expect(isMlguardError(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

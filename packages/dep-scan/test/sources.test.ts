import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '@mlguard/core';
import { OfflineSource, type LookupRequest } from '../src/public.js';
import { makeZip } from './zip-writer.js';
import { collectingLogger } from './helpers.js';
import { osv, project } from './tmp-project.js';

const req = (...pkgs: [eco: 'PyPI' | 'npm', name: string, version: string][]): LookupRequest => ({
  packages: new Map(pkgs.map(([ecosystem, name, v]) => [`${ecosystem}/${ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}`, { ecosystem, name, versions: new Set([v]) }])),
});

const records = [
  osv('PYSEC-1', 'PyPI', 'Torch', [{ introduced: '0' }, { fixed: '1.13.1' }]),
  osv('GHSA-1', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }]),
  osv('PYSEC-2', 'PyPI', 'pillow', [{ introduced: '0' }, { fixed: '9.0.1' }]),
  // credits name a package-like string: must not confuse the name pre-filter
  JSON.stringify({ id: 'PYSEC-3', affected: [{ package: { ecosystem: 'PyPI', name: 'other' } }], credits: [{ name: 'torch' }] }),
];

async function lookup(dir: string, path: string, r: LookupRequest, cacheDir?: string) {
  const log = collectingLogger();
  const src = new OfflineSource({ fs: nodeFileSystem(dir), log, path, cacheDir });
  const got = await src.lookup(r);
  return { got, info: src.snapshot(), log };
}
const ids = (m: Map<string, { id: string }[]>) => Object.fromEntries([...m].map(([k, v]) => [k, v.map((x) => x.id).sort()]));

describe('offline OSV sources', () => {
  it('reads a directory of records, only the wanted packages, PEP 503-normalised', async () => {
    const dir = project(Object.fromEntries(records.map((r, i) => [`osv/sub/${i}.json`, r])));
    const { got, info } = await lookup(dir, 'osv', req(['PyPI', 'torch', '1.0'], ['npm', 'lodash', '4.17.20']));
    expect(ids(got)).toEqual({ 'PyPI/torch': ['PYSEC-1'], 'npm/lodash': ['GHSA-1'] });
    expect(info).toMatchObject({ kind: 'directory', records: 4 });
  });
  it('reads NDJSON cold, then warm from the persisted name index with the same result', async () => {
    const dir = project({ 'all.ndjson': `${records.join('\n')}\n` });
    const r = req(['PyPI', 'pillow', '9.0.0']);
    const cold = await lookup(dir, 'all.ndjson', r, join(dir, 'cache'));
    expect(cold.info.index).toBe('cold');
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(1);
    const warm = await lookup(dir, 'all.ndjson', r, join(dir, 'cache'));
    expect(warm.info.index).toBe('warm');
    expect(ids(warm.got)).toEqual(ids(cold.got));
    expect(ids(warm.got)).toEqual({ 'PyPI/pillow': ['PYSEC-2'] });
    // A changed database invalidates the index.
    writeFileSync(join(dir, 'all.ndjson'), `${records.slice(0, 2).join('\n')}\n`);
    const changed = await lookup(dir, 'all.ndjson', r, join(dir, 'cache'));
    expect(changed.info.index).toBe('cold');
    expect(ids(changed.got)).toEqual({});
  });
  it('reads an all.zip export cold and warm', async () => {
    const dir = project({ 'PyPI.zip': makeZip(records.map((r, i) => ({ name: `REC-${i}.json`, data: r }))) });
    const r = req(['PyPI', 'torch', '1.0']);
    const cold = await lookup(dir, 'PyPI.zip', r, join(dir, 'cache'));
    const warm = await lookup(dir, 'PyPI.zip', r, join(dir, 'cache'));
    expect(cold.info).toMatchObject({ kind: 'zip', records: 4, index: 'cold' });
    expect(warm.info).toMatchObject({ kind: 'zip', records: 4, index: 'warm' });
    expect(ids(warm.got)).toEqual({ 'PyPI/torch': ['PYSEC-1'] });
  });
  it('skips unsafe and oversized zip entries with a warning, keeping the rest', async () => {
    const bomb = Buffer.alloc(40 * 1024 * 1024, 0x20); // deflates to ~40 KB, inflates past the 16 MB cap
    const zip = makeZip([
      { name: '../../etc/evil.json', data: records[0]! },
      { name: '/abs.json', data: records[0]! },
      { name: 'bomb.json', data: bomb },
      { name: 'liar.json', data: bomb, declaredSize: 1000 },
      { name: 'ok.json', data: records[0]! },
    ]);
    const dir = project({ 'x.zip': zip });
    const { got, info, log } = await lookup(dir, 'x.zip', req(['PyPI', 'torch', '1.0']));
    expect(ids(got)).toEqual({ 'PyPI/torch': ['PYSEC-1'] });
    expect(info.skipped).toBe(4);
    expect(log.lines.filter((l) => l.startsWith('warning'))).toHaveLength(4);
  });
  it('rejects a file that is not a zip with a clear error', async () => {
    const dir = project({ 'bad.zip': 'not a zip at all' });
    await expect(lookup(dir, 'bad.zip', req(['PyPI', 'torch', '1.0']))).rejects.toThrow(/not a readable zip archive/);
  });
  it('counts unparsable NDJSON lines as skipped instead of failing', async () => {
    const dir = project({ 'a.ndjson': `{"id": "broken", "name": "torch"\n${records[0]}\n\u0000\u0001garbage "name":"torch"\n` });
    const { got, info } = await lookup(dir, 'a.ndjson', req(['PyPI', 'torch', '1.0']));
    expect(ids(got)).toEqual({ 'PyPI/torch': ['PYSEC-1'] });
    expect(info.skipped).toBe(2);
  });
});

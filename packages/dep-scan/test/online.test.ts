import { silentLogger } from '@mlguard/core';
import { OnlineSource, depScanTool, type LookupRequest, type OsvRecord } from '../src/index.js';
import { startFakeOsv, type FakeOsv } from './fake-osv-server.js';
import { fakeOptions, fakePorts } from './helpers.js';
import { osv, project } from './tmp-project.js';

const rec = (id: string, name: string, fixed: string, eco = 'PyPI') => JSON.parse(osv(id, eco, name, [{ introduced: '0' }, { fixed }])) as OsvRecord;

describe('online OSV source against a local fake OSV API', () => {
  let server: FakeOsv | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('batches at most 1000 queries, follows pagination and hydrates each id once with bounded concurrency', async () => {
    const records = [...Array.from({ length: 5 }, (_, i) => rec(`PYSEC-T-${i}`, 'torch', '9.0.0')), rec('GHSA-L', 'lodash', '4.17.21', 'npm')];
    server = await startFakeOsv(records, { pageSize: 2, delayMs: 5 });
    const packages: LookupRequest['packages'] = new Map();
    for (let i = 0; i < 2300; i++) packages.set(`PyPI/pkg-${i}`, { ecosystem: 'PyPI', name: `pkg-${i}`, versions: new Set(['1.0']) });
    packages.set('PyPI/torch', { ecosystem: 'PyPI', name: 'torch', versions: new Set(['2.1.0+cu121']) });
    packages.set('npm/lodash', { ecosystem: 'npm', name: 'lodash', versions: new Set(['4.17.20']) });
    const src = new OnlineSource({ fetch, log: silentLogger, baseUrl: server.url, concurrency: 3 });
    const got = await src.lookup({ packages });
    expect(got.get('PyPI/torch')!.map((r) => r.id).sort()).toEqual(records.slice(0, 5).map((r) => r.id));
    expect(got.get('npm/lodash')!.map((r) => r.id)).toEqual(['GHSA-L']);
    const batches = server.requests.filter((r) => r.path === '/v1/querybatch');
    expect(batches.every((b) => b.queries! <= 1000)).toBe(true);
    expect(batches.slice(0, 3).map((b) => b.queries)).toEqual([1000, 1000, 302]);
    expect(batches.length).toBe(5); // + 2 pagination rounds for torch's 5 ids in pages of 2
    expect(server.requests.filter((r) => r.path.startsWith('/v1/vulns/'))).toHaveLength(6);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(src.snapshot()).toMatchObject({ kind: 'osv-api', records: 6 });
  });

  it('retries 429/5xx with backoff, then gives up with a clear error', async () => {
    server = await startFakeOsv([rec('PYSEC-X', 'torch', '2.0')], { failFirst: 2, failStatus: 429 });
    const sleeps: number[] = [];
    const src = new OnlineSource({ fetch, log: silentLogger, baseUrl: server.url, backoffMs: 10, sleep: async (ms) => void sleeps.push(ms) });
    const one: LookupRequest = { packages: new Map([['PyPI/torch', { ecosystem: 'PyPI', name: 'torch', versions: new Set(['1.0']) }]]) };
    expect((await src.lookup(one)).get('PyPI/torch')!.map((r) => r.id)).toEqual(['PYSEC-X']);
    expect(sleeps).toEqual([10, 20]);
    await server.close();
    server = await startFakeOsv([], { failFirst: 100, failStatus: 500 });
    const failing = new OnlineSource({ fetch, log: silentLogger, baseUrl: server.url, retries: 2, sleep: async () => {} });
    await expect(failing.lookup(one)).rejects.toThrow(/failed after 3 attempts \(HTTP 500\)/);
  });

  it('refuses clearly when network access is disabled', async () => {
    const dir = project({ 'requirements.txt': 'torch==1.0\n' });
    await expect(depScanTool.run(fakeOptions({ online: true }), fakePorts(dir))).rejects.toThrow(/network access is disabled/);
  });

  it('gives the same findings online and offline (records re-evaluated locally)', async () => {
    const records = [rec('PYSEC-A', 'torch', '1.13.1'), rec('PYSEC-B', 'pillow', '9.0.1'), JSON.parse(osv('PYSEC-W', 'PyPI', 'torch', [{ introduced: '0' }], { withdrawn: '2024-01-01T00:00:00Z' })) as OsvRecord];
    server = await startFakeOsv(records);
    const dir = project({ 'requirements.txt': 'torch==1.13.0\npillow==9.0.1\n', 'osv.ndjson': records.map((r) => JSON.stringify(r)).join('\n') });
    const online = await depScanTool.run(fakeOptions({ online: true, 'osv-api-url': server.url }), fakePorts(dir, { fetch }));
    const offline = await depScanTool.run(fakeOptions({ advisories: ['osv.ndjson'] }), fakePorts(dir));
    const brief = (fs: { ruleId: string; location?: { startLine?: number } }[]) => fs.map((f) => `${f.ruleId}:${f.location?.startLine}`).sort();
    expect(brief(online.findings)).toEqual(['PYSEC-A:1']);
    expect(brief(offline.findings)).toEqual(brief(online.findings));
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { depScanTool } from '../src/index.js';
import { makeZip } from './zip-writer.js';
import { collectingLogger, fakeOptions, fakePorts } from './helpers.js';
import { osv, project } from './tmp-project.js';

describe('advisories from a URL, kept in cache-dir and refreshed at most daily', () => {
  it('downloads once a day, reuses the copy, and falls back to it when a refresh fails', async () => {
    const zip = makeZip([{ name: 'PYSEC-1.json', data: osv('PYSEC-1', 'PyPI', 'torch', [{ introduced: '0' }, { fixed: '1.13.1' }]) }]);
    let hits = 0;
    let fail = false;
    const server = createServer((_req, res) => {
      hits++;
      if (fail) res.writeHead(503).end();
      else res.writeHead(200, { 'content-length': String(zip.length) }).end(zip);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/PyPI/all.zip`;
    try {
      const dir = project({ 'requirements.txt': 'torch==1.13.0\n' });
      const opts = fakeOptions({ advisories: [url], 'cache-dir': join(dir, '.cache') });
      const at = (iso: string, log = collectingLogger()) => ({ ...fakePorts(dir, { fetch, log }), clock: { now: () => new Date(iso) } });
      const first = await depScanTool.run(opts, at('2026-11-26T08:00:00Z'));
      expect(first.findings.map((f) => f.ruleId)).toEqual(['PYSEC-1']);
      await depScanTool.run(opts, at('2026-11-26T20:00:00Z'));
      expect(hits).toBe(1);
      await depScanTool.run(opts, at('2026-11-27T09:00:00Z'));
      expect(hits).toBe(2);
      fail = true;
      const log = collectingLogger();
      const stale = await depScanTool.run(opts, at('2026-11-29T09:00:00Z', log));
      expect(stale.findings.map((f) => f.ruleId)).toEqual(['PYSEC-1']);
      expect(log.lines.join('\n')).toMatch(/could not refresh .* using the copy from 2026-11-27/);
      const fresh = project({ 'requirements.txt': 'torch==1.13.0\n' });
      await expect(depScanTool.run(fakeOptions({ advisories: [url], 'cache-dir': join(fresh, '.c') }), fakePorts(fresh, { fetch }))).rejects.toThrow(/could not download advisories .* HTTP 503/);
      await expect(depScanTool.run(fakeOptions({ advisories: [url] }), fakePorts(fresh, { fetch }))).rejects.toThrow(/set cache-dir/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('a 100 MB "lockfile"', () => {
  it('is refused by size before it is read, and the scan goes on', async () => {
    const dir = project({ 'big/package-lock.json': '', 'requirements.txt': 'torch==1.13.0\n', 'osv.ndjson': osv('PYSEC-1', 'PyPI', 'torch', [{ introduced: '0' }, { fixed: '1.13.1' }]) });
    truncateSync(join(dir, 'big/package-lock.json'), 100 * 1024 * 1024); // sparse: no 100 MB written
    const r = await depScanTool.run(fakeOptions({ advisories: ['osv.ndjson'] }), fakePorts(dir));
    expect(r.findings.map((f) => `${f.ruleId}:${f.location?.path}`).sort()).toEqual(['DEP-PARSE-001:big/package-lock.json', 'PYSEC-1:requirements.txt']);
    expect(r.findings.find((f) => f.ruleId === 'DEP-PARSE-001')!.message).toMatch(/100 MB, above the 64 MB limit/);
  });
});

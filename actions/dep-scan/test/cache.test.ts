import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheSettings, withAdvisoryCache } from '../src/cache.js';

function workspace(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dep-scan-action-'));
  if (config) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/mlguard.yml'), config);
  }
  return dir;
}

describe('dep-scan action: advisory cache around the scan', () => {
  it('takes cache-dir and advisories from the inputs, else from the config file', () => {
    const ws = workspace('dep-scan:\n  cache-dir: .osv\n  advisories:\n    - https://x/PyPI/all.zip\n');
    expect(cacheSettings({ GITHUB_WORKSPACE: ws })).toEqual({ dir: join(ws, '.osv'), advisories: ['https://x/PyPI/all.zip'] });
    expect(cacheSettings({ GITHUB_WORKSPACE: ws, 'INPUT_CACHE-DIR': '/abs/c', INPUT_ADVISORIES: 'a.zip\nb.zip' })).toEqual({ dir: '/abs/c', advisories: ['a.zip', 'b.zip'] });
    expect(cacheSettings({ GITHUB_WORKSPACE: workspace('dep-scan: [broken') })).toEqual({ dir: undefined, advisories: [] });
  });

  it('restores before and saves after, with a daily key; an exact hit is not saved again', async () => {
    const ws = workspace();
    const dir = join(ws, '.osv');
    const calls: string[] = [];
    const store = {
      restore: async (d: string, key: string, rk: string[]) => {
        calls.push(`restore ${d === dir} ${key} ${rk.join(',')}`);
        return rk[0] + '2026-11-25';
      },
      save: async (_d: string, key: string) => void calls.push(`save ${key}`),
    };
    const env = { GITHUB_WORKSPACE: ws, 'INPUT_CACHE-DIR': '.osv', INPUT_ADVISORIES: 'osv/PyPI.zip' };
    await withAdvisoryCache(async () => void (calls.push('run'), mkdirSync(dir)), { env, store, available: true, now: new Date('2026-11-26T10:00:00Z'), log: () => {} });
    expect(calls).toEqual(['restore true mlguard-dep-scan-osv-osv_PyPI.zip-2026-11-26 mlguard-dep-scan-osv-osv_PyPI.zip-', 'run', 'save mlguard-dep-scan-osv-osv_PyPI.zip-2026-11-26']);
    calls.length = 0;
    store.restore = async (_d, key) => (calls.push('restore'), key);
    await withAdvisoryCache(async () => void calls.push('run'), { env, store, available: true, now: new Date('2026-11-26T10:00:00Z'), log: () => {} });
    expect(calls).toEqual(['restore', 'run']);
  });

  it('just runs the scan without cache-dir or without the cache service', async () => {
    const calls: string[] = [];
    const store = { restore: async () => (calls.push('restore'), undefined), save: async () => void calls.push('save') };
    await withAdvisoryCache(async () => void calls.push('run'), { env: { GITHUB_WORKSPACE: workspace() }, store, available: true, log: () => {} });
    await withAdvisoryCache(async () => void calls.push('run'), { env: { GITHUB_WORKSPACE: workspace(), 'INPUT_CACHE-DIR': 'c' }, store, available: false, log: () => {} });
    expect(calls).toEqual(['run', 'run']);
  });
});

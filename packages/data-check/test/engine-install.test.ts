import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DUCKDB_VERSION, ensureEngine } from '../src/engine-install.js';
import { ENGINE_LOCK } from '../src/engine-lock.js';
import { tempDir } from './helpers.js';

/**
 * The action installs DuckDB at first use from the committed lockfile. Tested without the internet:
 * npm runs with --offline (npm_config_offline) against an unreachable registry, so the packages can
 * only come from the local package source, npm's content-addressed cache (filled by `npm ci` of this
 * repository, which pins the same versions and integrity hashes).
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function offlineEnv(extra: Record<string, string> = {}) {
  return { ...process.env, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', ...extra };
}

describe('runtime install of the DuckDB engine', () => {
  it('the lockfile pins every platform binding with an integrity hash', () => {
    const pkgs = ENGINE_LOCK.packages as Record<string, { version?: string; integrity?: string }>;
    const bindings = Object.keys(pkgs).filter((k) => k.startsWith('node_modules/@duckdb/node-bindings-'));
    expect(bindings.map((b) => b.replace('node_modules/@duckdb/node-bindings-', '')).sort()).toEqual(expect.arrayContaining(['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64']));
    for (const [k, v] of Object.entries(pkgs)) if (k) expect(v.integrity).toMatch(/^sha512-/);
    expect(pkgs['node_modules/@duckdb/node-api']!.version).toBe(DUCKDB_VERSION);
  });

  it('installs offline from the local package source, logs it, loads, and reuses the installed copy', async () => {
    const root = tempDir('mlguard-engine-');
    dirs.push(root);
    const dir = join(root, 'duckdb');
    const logs: string[] = [];
    const log = { debug() {}, info: (m: string) => logs.push(m), warning: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
    await ensureEngine({ log, env: offlineEnv(), dir });
    expect(logs[0]).toMatch(new RegExp(`installing the DuckDB engine \\(@duckdb/node-api ${DUCKDB_VERSION.replace(/\./g, '\\.')} for ${process.platform}-${process.arch}\\)`));
    expect(logs[1]).toMatch(/DuckDB engine installed in/);
    // Only this platform's binding is installed.
    expect(existsSync(join(dir, 'node_modules/@duckdb', `node-bindings-${process.platform}-${process.arch}`))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/@duckdb/node-bindings-darwin-arm64'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version).toBe(DUCKDB_VERSION);
    // It loads in a fresh process (as the relocated action bundle would) and runs SQL.
    const entry = pathToFileURL(join(dir, 'node_modules/@duckdb/node-api/lib/index.js')).href;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const { DuckDBInstance } = await import(${JSON.stringify(entry)}); const c = await (await DuckDBInstance.create(':memory:')).connect(); console.log(JSON.stringify((await c.runAndReadAll('SELECT 40 + 2 AS x')).getRowObjectsJson()))`]).toString();
    expect(out.trim()).toBe('[{"x":42}]');
    logs.length = 0;
    await ensureEngine({ log, env: offlineEnv(), dir });
    expect(logs).toEqual([`data-check: using the cached DuckDB engine ${DUCKDB_VERSION} in ${dir}`]);
  }, 180_000);

  it('fails with a clear tool error when the packages are nowhere to be found', async () => {
    const root = tempDir('mlguard-engine-');
    dirs.push(root);
    const silent = { debug() {}, info() {}, warning() {}, error() {} };
    await expect(ensureEngine({ log: silent, env: offlineEnv({ npm_config_cache: join(root, 'empty-cache') }), dir: join(root, 'duckdb') })).rejects.toMatchObject({
      kind: 'tool',
      message: expect.stringMatching(/could not install the DuckDB engine \(npm ci exited \d+\)/),
    });
    expect(existsSync(join(root, 'duckdb'))).toBe(false);
  }, 180_000);
});

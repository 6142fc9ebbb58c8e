/**
 * Where the DuckDB engine comes from. The action's bundle never contains the native binary (117 MB on
 * macOS): when `@duckdb/node-api` cannot be imported (a runner using the action straight from its
 * repository), it is installed at first use from the committed lockfile (engine-lock.ts: every
 * platform's binding pinned with its integrity hash; `npm ci` verifies them) into a per-version,
 * per-platform directory that the action caches with @actions/cache. This module is the edge: it is
 * handed its environment, and engines receive only the loaded module.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolError, type Logger } from '@mlguard/core';
import { ENGINE_LOCK, ENGINE_PACKAGE } from './engine-lock.js';
import type { DuckDbModule } from './sql/duckdb-runner.js';

export const DUCKDB_VERSION = ENGINE_PACKAGE.dependencies['@duckdb/node-api'];

export interface EngineOptions {
  log: Logger;
  env: Record<string, string | undefined>;
  /** Skip the copy next to the code (node_modules), to exercise the install path in tests. */
  skipBundled?: boolean;
  /** Directory to install into; default `<RUNNER_TOOL_CACHE|RUNNER_TEMP|tmp>/mlguard-duckdb/<version>-<platform>-<arch>`. */
  dir?: string;
  /** npm executable; default `npm` on PATH. */
  npm?: string;
}

export function engineDir(env: Record<string, string | undefined>): string {
  const root = env.MLGUARD_ENGINE_DIR ?? join(env.RUNNER_TOOL_CACHE ?? env.RUNNER_TEMP ?? tmpdir(), 'mlguard-duckdb');
  return join(root, `${DUCKDB_VERSION}-${process.platform}-${process.arch}`);
}

/** The cache key the action uses for engineDir(). */
export const engineCacheKey = () => `mlguard-duckdb-${DUCKDB_VERSION}-${process.platform}-${process.arch}`;

let loaded: Promise<DuckDbModule> | undefined;

/** Loads DuckDB once per process: the copy in node_modules, else the installed/cached engine. */
export function loadDuckDb(opts: EngineOptions): Promise<DuckDbModule> {
  if (opts.skipBundled || opts.dir) return loadFresh(opts);
  loaded ??= loadFresh(opts);
  return loaded;
}

async function loadFresh(opts: EngineOptions): Promise<DuckDbModule> {
  if (!opts.skipBundled) {
    try {
      // require, not import(): Node parses a CommonJS package's sources for its export names when
      // it is imported from ESM, 0.1 s of start-up for this one.
      return createRequire(import.meta.url)('@duckdb/node-api') as DuckDbModule;
    } catch {
      opts.log.debug('@duckdb/node-api is not next to the code: using the runtime-installed engine');
    }
  }
  const dir = await ensureEngine(opts);
  try {
    return createRequire(join(dir, 'package.json'))('@duckdb/node-api') as DuckDbModule;
  } catch (e) {
    throw toolError(`the DuckDB engine in ${dir} does not load on ${process.platform}-${process.arch}: ${(e as Error).message.split('\n')[0]}`, {
      hint: `delete ${dir} to reinstall it`,
    });
  }
}

/** Installs the pinned engine into its directory unless it is there (restored from the cache); returns the directory. */
export async function ensureEngine(opts: EngineOptions): Promise<string> {
  const dir = opts.dir ?? engineDir(opts.env);
  if (!existsSync(join(dir, 'node_modules', '@duckdb', 'node-api', 'package.json'))) await install(dir, opts);
  else opts.log.info(`data-check: using the cached DuckDB engine ${DUCKDB_VERSION} in ${dir}`);
  return dir;
}

async function install(dir: string, opts: EngineOptions): Promise<void> {
  const started = Date.now();
  opts.log.info(`data-check: installing the DuckDB engine (@duckdb/node-api ${DUCKDB_VERSION} for ${process.platform}-${process.arch}) into ${dir} from the pinned lockfile`);
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), JSON.stringify(ENGINE_PACKAGE, null, 2));
  writeFileSync(join(staging, 'package-lock.json'), JSON.stringify(ENGINE_LOCK, null, 2));
  // npm ci installs exactly the lockfile (integrity-checked) and only this platform's optional binding.
  const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=dev', '--loglevel=error'];
  const env = { ...opts.env, npm_config_update_notifier: 'false' } as NodeJS.ProcessEnv;
  const { code, output } = await run(opts.npm ?? (process.platform === 'win32' ? 'npm.cmd' : 'npm'), args, staging, env);
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw toolError(`could not install the DuckDB engine (npm ci exited ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`, {
      hint: 'the runner needs npm and access to the npm registry (or its proxy/mirror via npm_config_registry) once; the directory is cached afterwards',
    });
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '..'), { recursive: true });
  renameSync(staging, dir);
  opts.log.info(`data-check: DuckDB engine installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', (e) => resolve({ code: 127, output: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

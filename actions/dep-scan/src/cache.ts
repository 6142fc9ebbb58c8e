import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { parse } from 'yaml';
import { advisoryCacheKey, type AdvisoryCache } from '@mlguard/dep-scan';

/**
 * The action edge of dep-scan's advisory cache: restore `cache-dir` (downloaded OSV exports and
 * the name index) before the scan and save it after, with a key that changes once a UTC day so
 * the data is refreshed at most daily. The engine itself only reads and writes the folder.
 */

export interface CacheSettings {
  dir?: string;
  advisories: string[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean) : []);

/** cache-dir and advisories as the action will see them: the input wins over the config file. */
export function cacheSettings(env: NodeJS.ProcessEnv): CacheSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  let section: Record<string, unknown> = {};
  const configPath = resolve(workspace, env['INPUT_CONFIG'] || '.github/mlguard.yml');
  try {
    if (existsSync(configPath)) section = ((parse(readFileSync(configPath, 'utf8')) as Record<string, unknown> | null)?.['dep-scan'] as Record<string, unknown>) ?? {};
  } catch {
    section = {}; // the pipeline reports a broken config file with its line; the cache just stays off
  }
  const dirText = env['INPUT_CACHE-DIR'] || (typeof section['cache-dir'] === 'string' ? section['cache-dir'] : undefined);
  const advisories = list(env['INPUT_ADVISORIES']).length ? list(env['INPUT_ADVISORIES']) : list(section.advisories);
  return { dir: dirText ? (isAbsolute(dirText) ? dirText : resolve(workspace, dirText)) : undefined, advisories };
}

export const actionsCache: AdvisoryCache = {
  restore: (dir, key, restoreKeys) => cache.restoreCache([dir], key, restoreKeys),
  save: async (dir, key) => {
    await cache.saveCache([dir], key);
  },
};

export async function withAdvisoryCache(run: () => Promise<void>, opts: { env?: NodeJS.ProcessEnv; store?: AdvisoryCache; available?: boolean; now?: Date; log?: (m: string) => void } = {}): Promise<void> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? ((m: string) => core.info(m));
  const settings = cacheSettings(env);
  const available = opts.available ?? cache.isFeatureAvailable();
  if (!settings.dir || !available) {
    await run();
    return;
  }
  const store = opts.store ?? actionsCache;
  const { key, restoreKeys } = advisoryCacheKey(opts.now ?? new Date(), settings.advisories);
  let hit: string | undefined;
  try {
    hit = await store.restore(settings.dir, key, restoreKeys);
    log(hit ? `dep-scan: advisory cache restored (${hit})` : `dep-scan: no advisory cache for ${key}`);
  } catch (e) {
    log(`dep-scan: could not restore the advisory cache: ${(e as Error).message}`);
  }
  await run();
  // An exact hit is today's data already; anything else (a miss or yesterday's) is saved anew.
  if (hit !== key && existsSync(settings.dir)) {
    try {
      await store.save(settings.dir, key);
      log(`dep-scan: advisory cache saved (${key})`);
    } catch (e) {
      log(`dep-scan: could not save the advisory cache: ${(e as Error).message}`);
    }
  }
}

import { existsSync } from 'node:fs';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { runAction } from '@mlguard/github';
import { dataCheckTool, engineCacheKey, engineDir } from '@mlguard/data-check';

// The DuckDB engine is never in the bundle (the macOS binary alone is 117 MB): restore it from the
// Actions cache, let data-check install it from its pinned lockfile at first use, and save it after.
const dir = engineDir({ ...process.env });
const key = engineCacheKey();
const cacheUsable = cache.isFeatureAvailable();
let restored = false;
if (cacheUsable && !existsSync(dir)) {
  try {
    restored = (await cache.restoreCache([dir], key)) !== undefined;
    core.info(restored ? `data-check: DuckDB engine restored from the Actions cache (${key})` : `data-check: no cached DuckDB engine for ${key}`);
  } catch (e) {
    core.warning(`data-check: could not restore the DuckDB engine cache: ${(e as Error).message}`);
  }
}
const existed = existsSync(dir);

await runAction(dataCheckTool);

if (cacheUsable && !restored && !existed && existsSync(dir)) {
  try {
    await cache.saveCache([dir], key);
    core.info(`data-check: DuckDB engine saved to the Actions cache (${key})`);
  } catch (e) {
    core.warning(`data-check: could not save the DuckDB engine cache: ${(e as Error).message}`);
  }
}

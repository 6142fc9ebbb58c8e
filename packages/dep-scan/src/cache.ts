/**
 * Keeping advisory data and its name index between workflow runs. The engine only reads and
 * writes `cache-dir`; restoring and saving that directory is the edge's job (`@actions/cache`
 * in the action), through this port, so the engine stays free of @actions/*.
 *
 * The edge should, before `run`: `restore(dir, key, [prefix])` with the key below; after `run`:
 * `save(dir, key)` unless the exact key was hit. The key changes once per UTC day, so the data
 * is refreshed at most daily and older days serve as a fallback through the restore prefix.
 */
export interface AdvisoryCache {
  /** Returns the key that was restored, or undefined on a miss. */
  restore(dir: string, key: string, restoreKeys: string[]): Promise<string | undefined>;
  save(dir: string, key: string): Promise<void>;
}

export function advisoryCacheKey(now: Date, sources: string[]): { key: string; restoreKeys: string[] } {
  const tag = sources
    .map((s) => s.replace(/[^A-Za-z0-9._-]+/g, '_'))
    .join('+')
    .slice(0, 80);
  const prefix = `mlguard-dep-scan-osv-${tag}-`;
  return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}

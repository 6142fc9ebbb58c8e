import { cjsExports } from '@mlguard/core';
import type { DepPackage } from '../model.js';

/**
 * "Introduced through" paths for yarn and pnpm lockfiles, whose resolution rules are not worth
 * re-implementing: snyk-nodejs-lockfile-parser builds the dependency graph from package.json and
 * the lockfile. It is slow (1-1.5 s on 2k packages) and large, so it is loaded and run only for
 * lockfiles that have a vulnerable transitive package, after matching (package-lock.json paths
 * come from its own node_modules layout, during parsing).
 */
type Graph = { pkgPathsToRoot(pkg: { name: string; version?: string }, opts?: { limit?: number }): { name: string; version?: string }[][] };

export async function addIntroducedThrough(kind: 'yarn-lock' | 'pnpm-lock', lockText: string, packageJson: string, targets: DepPackage[]): Promise<number> {
  const snyk = cjsExports<{
    getYarnLockfileType(text: string): string;
    parseYarnLockV1Project(pj: string, lock: string, o: Record<string, unknown>): Promise<Graph>;
    parseYarnLockV2Project(pj: string, lock: string, o: Record<string, unknown>): Promise<Graph>;
    parsePnpmProject(pj: string, lock: string, o: Record<string, unknown>): Promise<Graph>;
  }>(await import('snyk-nodejs-lockfile-parser'), 'parsePnpmProject');
  let graph: Graph;
  if (kind === 'pnpm-lock') {
    graph = await snyk.parsePnpmProject(packageJson, lockText, { includeDevDeps: true, includeOptionalDeps: true, includePeerDeps: false, strictOutOfSync: false, pruneWithinTopLevelDeps: true });
  } else if (/__metadata:/.test(lockText)) {
    graph = await snyk.parseYarnLockV2Project(packageJson, lockText, { includeDevDeps: true, includeOptionalDeps: true, strictOutOfSync: false, pruneWithinTopLevelDeps: true });
  } else {
    graph = await snyk.parseYarnLockV1Project(packageJson, lockText, { includeDevDeps: true, includeOptionalDeps: true, includePeerDeps: false, strictOutOfSync: false, pruneLevel: 'withinTopLevelDeps' });
  }
  let added = 0;
  for (const t of targets) {
    let paths: { name: string }[][];
    try {
      paths = graph.pkgPathsToRoot({ name: t.name, version: t.version }, { limit: 20 });
    } catch {
      continue; // not in the graph (out of sync with package.json)
    }
    // Each path runs from the package up to the root project; keep the shortest.
    const best = paths.sort((a, b) => a.length - b.length)[0];
    if (!best || best.length < 2) continue;
    const through = best.slice(1, -1).map((p) => p.name).reverse();
    if (through.length) {
      t.introducedThrough = through;
      t.direct = false;
      added++;
    } else t.direct = true;
  }
  return added;
}

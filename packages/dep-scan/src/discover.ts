import ignore, { type Ignore } from 'ignore';
import { posix } from 'node:path';
import type { FileSystem } from '@mlguard/core';

/** Manifest and lockfile kinds dep-scan reads, by file name. */
export type ManifestKind =
  | 'requirements' | 'poetry-lock' | 'uv-lock' | 'pipfile-lock' | 'pylock' | 'pdm-lock' | 'pyproject' | 'conda' | 'notebook'
  | 'package-lock' | 'pnpm-lock' | 'yarn-lock';

export function kindOf(path: string): ManifestKind | undefined {
  const base = posix.basename(path);
  const lower = base.toLowerCase();
  if (/requirements.*\.(txt|in)$/.test(lower) || /^constraints.*\.txt$/.test(lower) || (/\.txt$/.test(lower) && /(^|\/)requirements\//.test(path))) return 'requirements';
  if (lower === 'poetry.lock') return 'poetry-lock';
  if (lower === 'uv.lock') return 'uv-lock';
  if (lower === 'pipfile.lock') return 'pipfile-lock';
  if (lower === 'pylock.toml' || /^pylock\.[^.]+\.toml$/.test(lower)) return 'pylock';
  if (lower === 'pdm.lock') return 'pdm-lock';
  if (lower === 'pyproject.toml') return 'pyproject';
  if (/^(environment|conda)([-_.][^/]*)?\.ya?ml$/.test(lower)) return 'conda';
  if (lower.endsWith('.ipynb')) return 'notebook';
  if (lower === 'package-lock.json' || lower === 'npm-shrinkwrap.json') return 'package-lock';
  if (lower === 'pnpm-lock.yaml') return 'pnpm-lock';
  if (lower === 'yarn.lock') return 'yarn-lock';
  return undefined;
}

// Never scanned: installed trees and VCS data (a lockfile inside node_modules is not the project's).
const ALWAYS_SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', 'site-packages', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache']);

export interface DiscoverOptions {
  fs: FileSystem;
  /** Workspace-relative paths (files or directories). */
  paths: string[];
  /** gitignore-style patterns, relative to the workspace root. */
  exclude: string[];
  maxFiles?: number;
}

export interface Discovered {
  path: string;
  kind: ManifestKind;
}

/** Walks the given paths honouring every `.gitignore` on the way and the exclude list. */
export async function discover(o: DiscoverOptions): Promise<Discovered[]> {
  const out: Discovered[] = [];
  const excl = ignore().add(o.exclude);
  const max = o.maxFiles ?? 20_000;
  const norm = (p: string) => posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '') || '.';
  const excluded = (rel: string, dir: boolean) => rel !== '.' && (excl.ignores(dir ? `${rel}/` : rel));
  // Rules from .gitignore files, each applying to paths below its own directory.
  const walk = async (dir: string, rules: { base: string; ig: Ignore }[], depth: number): Promise<void> => {
    if (depth > 32 || out.length >= max) return;
    let names: string[];
    try {
      names = await o.fs.readdir(dir === '.' ? '.' : dir);
    } catch {
      return;
    }
    let here = rules;
    if (names.includes('.gitignore')) {
      try {
        here = [...rules, { base: dir, ig: ignore().add(await o.fs.readText(dir === '.' ? '.gitignore' : `${dir}/.gitignore`)) }];
      } catch {
        /* unreadable .gitignore: keep the inherited rules */
      }
    }
    const ignoredByGit = (rel: string, isDir: boolean) =>
      here.some(({ base, ig }) => {
        const sub = base === '.' ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : undefined;
        return sub !== undefined && ig.ignores(isDir ? `${sub}/` : sub);
      });
    for (const name of names) {
      if (ALWAYS_SKIP.has(name)) continue;
      const rel = dir === '.' ? name : `${dir}/${name}`;
      const st = await o.fs.stat(rel);
      if (!st || st.isSymbolicLink) continue;
      if (st.isDirectory) {
        if (excluded(rel, true) || ignoredByGit(rel, true)) continue;
        await walk(rel, here, depth + 1);
      } else if (st.isFile) {
        const kind = kindOf(rel);
        if (!kind || excluded(rel, false) || ignoredByGit(rel, false)) continue;
        out.push({ path: rel, kind });
      }
    }
  };
  for (const p of o.paths.length ? o.paths : ['.']) {
    const rel = norm(p);
    const st = await o.fs.stat(rel);
    if (!st) continue;
    if (st.isFile) {
      const kind = kindOf(rel);
      if (kind) out.push({ path: rel, kind });
    } else if (st.isDirectory) {
      // .gitignore files of the directories above the scanned one apply too.
      const inherited: { base: string; ig: Ignore }[] = [];
      const parts = rel === '.' ? [] : rel.split('/');
      for (let i = 0; i < parts.length; i++) {
        const base = i === 0 ? '.' : parts.slice(0, i).join('/');
        const gi = base === '.' ? '.gitignore' : `${base}/.gitignore`;
        if (await o.fs.stat(gi)) inherited.push({ base, ig: ignore().add(await o.fs.readText(gi)) });
      }
      await walk(rel, inherited, 0);
    }
  }
  const seen = new Set<string>();
  return out.filter((d) => (seen.has(d.path) ? false : (seen.add(d.path), true)));
}

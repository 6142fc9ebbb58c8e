import type { FileStat, FileSystem } from '@mlguard/core';
import { inputError } from '@mlguard/core';
import { comparePythonPaths } from './path-order.js';

/** Paths `model_signing` ignores by default (`ignore_git_paths=True`). */
export const DEFAULT_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore'] as const;

export interface ModelFile {
  /** POSIX path relative to the model root; `.` for a single-file model (what `model_signing` writes). */
  name: string;
  /** Path handed to ports.fs (workspace-relative or absolute). */
  path: string;
  size: number;
  symlink: boolean;
}

export interface TreeProblem {
  kind: 'symlink' | 'special' | 'loop' | 'too-many-files';
  name: string;
  message: string;
}

export interface ModelTree {
  root: string;
  single: boolean;
  files: ModelFile[];
  problems: TreeProblem[];
}

export interface WalkOptions {
  /** Relative to the model root, POSIX; a directory entry ignores everything below it. */
  ignorePaths: readonly string[];
  allowSymlinks: boolean;
  /** Hard cap so a hostile tree (10^6 files, a symlink loop) stays bounded. */
  maxFiles: number;
  /** Depth cap: followed symlinks can form cycles that the lstat-only port cannot identify. */
  maxDepth?: number;
}

const join = (a: string, b: string) => (a === '' || a === '.' ? b : `${a.replace(/\/+$/, '')}/${b}`);

/** Prefix match on path components, like Python's `path.is_relative_to(ignore)`. */
export function isIgnored(name: string, ignores: readonly string[]): boolean {
  return ignores.some((i) => {
    const p = i.replace(/^\.\/+/, '').replace(/\/+$/, '');
    return p !== '' && (name === p || name.startsWith(`${p}/`));
  });
}

/**
 * Lists the regular files of a model directory (or the single model file), in the order
 * `model_signing` serialises them. Symlinks are problems unless allowed (then followed and
 * listed under the link's own name, as Python does); special files are always problems.
 */
export async function walkModel(fs: FileSystem, root: string, opts: WalkOptions): Promise<ModelTree> {
  const st = await fs.stat(root);
  if (!st) throw inputError(`model path ${root} does not exist`, { hint: 'pass the model directory or file to sign or verify' });
  const problems: TreeProblem[] = [];
  if (st.isFile) return { root, single: true, files: [{ name: '.', path: root, size: st.size, symlink: false }], problems };
  if (!st.isDirectory && !st.isSymbolicLink) throw inputError(`model path ${root} is neither a file nor a directory`);
  const files: ModelFile[] = [];
  const maxDepth = opts.maxDepth ?? 64;
  let stopped = false;
  // Every entry counts, directories too: followed links such as `a -> .` plus `b -> .` branch
  // exponentially without adding a single file.
  let visited = 0;

  const visit = async (dirPath: string, dirName: string, depth: number): Promise<void> => {
    if (depth > maxDepth) {
      problems.push({ kind: 'loop', name: dirName, message: `directory nesting deeper than ${maxDepth} levels (a symlink loop?): not followed` });
      return;
    }
    let entries: string[];
    try {
      entries = await fs.readdir(dirPath);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        problems.push({ kind: 'loop', name: dirName, message: 'symlink loop: not followed' });
        return;
      }
      throw e;
    }
    // lstat a directory's entries concurrently (order kept): sequential stats dominate on
    // models with thousands of small files.
    const stats = new Map<string, Promise<FileStat | undefined>>();
    for (let i = 0; i < entries.length; i += 256) {
      const batch = entries.slice(i, i + 256).filter((e) => !isIgnored(join(dirName, e), opts.ignorePaths));
      const results = await Promise.all(batch.map((e) => fs.stat(join(dirPath, e))));
      batch.forEach((e, j) => stats.set(e, Promise.resolve(results[j])));
    }
    for (const entry of entries) {
      if (stopped) return;
      if (++visited > opts.maxFiles * 2) {
        stopped = true;
        problems.push({ kind: 'too-many-files', name: dirName || '.', message: `more than ${opts.maxFiles * 2} entries visited (max-files ${opts.maxFiles}; a symlink loop?): stopped listing` });
        return;
      }
      const name = join(dirName, entry);
      const path = join(dirPath, entry);
      if (isIgnored(name, opts.ignorePaths)) continue;
      const s = await (stats.get(entry) ?? fs.stat(path));
      if (!s) continue;
      if (s.isSymbolicLink) {
        if (!opts.allowSymlinks) {
          problems.push({ kind: 'symlink', name, message: `${name} is a symbolic link; symlinks are refused unless allow-symlinks is set` });
          continue;
        }
        // Follow: a directory target is walked, anything else is hashed through the link.
        try {
          await fs.readdir(path);
          await visit(path, name, depth + 1);
          continue;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') {
            problems.push({ kind: 'loop', name, message: `${name} is part of a symlink loop: not followed` });
            continue;
          }
          if (code !== 'ENOTDIR') {
            problems.push({ kind: 'symlink', name, message: `${name} is a dangling symbolic link` });
            continue;
          }
        }
        files.push({ name, path, size: -1, symlink: true });
      } else if (s.isDirectory) {
        await visit(path, name, depth + 1);
      } else if (s.isFile) {
        files.push({ name, path, size: s.size, symlink: false });
      } else {
        problems.push({ kind: 'special', name, message: `${name} is not a regular file (device, socket or FIFO)` });
      }
      if (files.length > opts.maxFiles) {
        stopped = true;
        problems.push({ kind: 'too-many-files', name: dirName || '.', message: `more than ${opts.maxFiles} files: stopped listing (raise max-files if the model really is this large)` });
      }
    }
  };
  await visit(root, '', 0);
  files.sort((a, b) => comparePythonPaths(a.name, b.name));
  return { root, single: false, files, problems };
}

import { createReadStream } from 'node:fs';
import { lstat, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileSystem } from './ports.js';

/** The real filesystem, rooted at a workspace directory. */
export function nodeFileSystem(root: string): FileSystem {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  return {
    readFile: (p) => readFile(abs(p)),
    readText: (p) => readFile(abs(p), 'utf8'),
    readdir: async (p) => (await readdir(abs(p))).sort(),
    stat: async (p) => {
      try {
        const s = await lstat(abs(p));
        return { isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), size: s.size };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    createReadStream: (p, opts) => createReadStream(abs(p), opts),
    writeFile: async (p, data) => {
      await mkdir(dirname(abs(p)), { recursive: true });
      await writeFile(abs(p), data);
    },
    resolve: abs,
  };
}

import { Readable } from 'node:stream';
import { posix } from 'node:path';
import type { FileSystem } from '../../src/index.js';

/** An in-memory FileSystem rooted at `/ws`, for tests of code that reads and writes through ports.fs. */
export function memoryFileSystem(initial: Record<string, string | Uint8Array> = {}, root = '/ws'): FileSystem & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const abs = (p: string) => (posix.isAbsolute(p) ? posix.normalize(p) : posix.join(root, p));
  for (const [p, v] of Object.entries(initial)) files.set(abs(p), Buffer.from(v));
  const isDir = (p: string) => [...files.keys()].some((f) => f.startsWith(`${abs(p)}/`));
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
  return {
    files,
    readFile: async (p) => {
      const b = files.get(abs(p));
      if (!b) throw enoent(p);
      return Buffer.from(b);
    },
    readText: async (p) => {
      const b = files.get(abs(p));
      if (!b) throw enoent(p);
      return b.toString('utf8');
    },
    readdir: async (p) => {
      const dir = `${abs(p)}/`;
      return [...new Set([...files.keys()].filter((f) => f.startsWith(dir)).map((f) => f.slice(dir.length).split('/')[0]!))].sort();
    },
    stat: async (p) => {
      const b = files.get(abs(p));
      if (b) return { isFile: true, isDirectory: false, isSymbolicLink: false, size: b.length };
      if (isDir(p)) return { isFile: false, isDirectory: true, isSymbolicLink: false, size: 0 };
      return undefined;
    },
    createReadStream: (p) => {
      const b = files.get(abs(p));
      if (!b) throw enoent(p);
      return Readable.from([b]);
    },
    openRandomAccess: async (p) => {
      const b = files.get(abs(p));
      if (!b) throw enoent(p);
      return { size: b.length, read: async (pos, len) => Buffer.from(b.subarray(pos, Math.min(b.length, pos + len))), close: async () => {} };
    },
    writeFile: async (p, data) => {
      files.set(abs(p), Buffer.from(data));
    },
    resolve: abs,
  };
}

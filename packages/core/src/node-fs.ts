import { createReadStream } from 'node:fs';
import { lstat, open, readFile, readdir, writeFile, mkdir, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileSystem, RandomAccessFile } from './ports.js';

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
    openRandomAccess: async (p) => {
      const fh = await open(abs(p), 'r');
      try {
        return randomAccess(fh, (await fh.stat()).size);
      } catch (e) {
        await fh.close();
        throw e;
      }
    },
    writeFile: async (p, data) => {
      await mkdir(dirname(abs(p)), { recursive: true });
      await writeFile(abs(p), data);
    },
    resolve: abs,
  };
}

function randomAccess(fh: FileHandle, size: number): RandomAccessFile {
  return {
    size,
    async read(position, length) {
      const len = Math.max(0, Math.min(length, size - position));
      const buf = Buffer.allocUnsafe(len);
      let got = 0;
      while (got < len) {
        const { bytesRead } = await fh.read(buf, got, len - got, position + got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      return got === len ? buf : buf.subarray(0, got);
    },
    close: () => fh.close(),
  };
}

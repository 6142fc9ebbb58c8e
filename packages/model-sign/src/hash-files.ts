import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { FileSystem } from '@mlguard/core';
import type { ModelFile } from './model-tree.js';

/** 8 MiB reads: measured here, large reads are what lets one stream approach `openssl dgst`. */
export const READ_CHUNK = 8 << 20;

export interface FileDigest {
  name: string;
  digest: string;
  size: number;
}

/** Streams one file through SHA-256: memory stays at one chunk per file in flight. */
export function hashStream(fs: FileSystem, path: string, sizeHint = -1): Promise<{ digest: string; size: number }> {
  // Small files get a small buffer: an 8 MiB allocation per tiny file dominates on many-file models.
  const chunk = sizeHint >= 0 ? Math.min(READ_CHUNK, Math.max(sizeHint + 1, 64 << 10)) : READ_CHUNK;
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    let size = 0;
    const s = fs.createReadStream(path, { highWaterMark: chunk });
    s.on('data', (d: Buffer | string) => {
      const b = typeof d === 'string' ? Buffer.from(d) : d;
      size += b.length;
      h.update(b);
    });
    s.on('error', reject);
    s.on('end', () => resolve({ digest: h.digest('hex'), size }));
  });
}

/**
 * Hashes files concurrently (reads overlap in libuv's pool while one file is being digested),
 * returning digests in the input order. Concurrency defaults to the core count, at least 2.
 */
export async function hashFiles(fs: FileSystem, files: readonly ModelFile[], concurrency = Math.max(2, availableParallelism())): Promise<FileDigest[]> {
  const out: FileDigest[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= files.length) return;
      const f = files[i]!;
      const { digest, size } = await hashStream(fs, f.path, f.size);
      out[i] = { name: f.name, digest, size };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}

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
  /** Per-shard digests `[start, end)` when a shard size was given (empty files have none). */
  shards?: { start: number; end: number; digest: string }[];
}

export interface HashOptions {
  /** node:crypto name; OMS interop is sha256. */
  algorithm?: 'sha256' | 'blake2b512';
  /** Also digest fixed-size byte ranges, as OMS `shards` serialization does. */
  shardSize?: number;
}

/** Streams one file through the hash: memory stays at one chunk per file in flight. */
export function hashStream(fs: FileSystem, path: string, sizeHint = -1, opts: HashOptions = {}): Promise<Omit<FileDigest, 'name'>> {
  // Small files get a small buffer: an 8 MiB allocation per tiny file dominates on many-file models.
  const chunk = sizeHint >= 0 ? Math.min(READ_CHUNK, Math.max(sizeHint + 1, 64 << 10)) : READ_CHUNK;
  const algorithm = opts.algorithm ?? 'sha256';
  const shardSize = opts.shardSize;
  return new Promise((resolve, reject) => {
    const h = createHash(algorithm);
    let size = 0;
    const shards: { start: number; end: number; digest: string }[] = [];
    let shard = shardSize ? createHash(algorithm) : undefined;
    let shardStart = 0;
    const s = fs.createReadStream(path, { highWaterMark: chunk });
    s.on('data', (d: Buffer | string) => {
      let b = typeof d === 'string' ? Buffer.from(d) : d;
      h.update(b);
      if (shard && shardSize) {
        // Split the chunk at shard boundaries; no extra reads, the stream is still sequential.
        while (b.length) {
          const room = shardStart + shardSize - size;
          const part = b.subarray(0, room);
          shard.update(part);
          size += part.length;
          b = b.subarray(part.length);
          if (size === shardStart + shardSize) {
            shards.push({ start: shardStart, end: size, digest: shard.digest('hex') });
            shard = createHash(algorithm);
            shardStart = size;
          }
        }
      } else size += b.length;
    });
    s.on('error', reject);
    s.on('end', () => {
      if (shard && size > shardStart) shards.push({ start: shardStart, end: size, digest: shard.digest('hex') });
      resolve({ digest: h.digest('hex'), size, ...(shardSize ? { shards } : {}) });
    });
  });
}

/**
 * Hashes files concurrently (reads overlap in libuv's pool while one file is being digested),
 * returning digests in the input order. Concurrency defaults to the core count, at least 2.
 */
export async function hashFiles(fs: FileSystem, files: readonly ModelFile[], opts: HashOptions = {}, concurrency = Math.max(2, availableParallelism())): Promise<FileDigest[]> {
  const out: FileDigest[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= files.length) return;
      const f = files[i]!;
      out[i] = { name: f.name, ...(await hashStream(fs, f.path, f.size, opts)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}

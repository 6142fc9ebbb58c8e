import { inflateRawSync } from 'node:zlib';
import { PassThrough } from 'node:stream';
import yauzl from 'yauzl';
import { inputError } from '@mlguard/core';
import type { RandomAccessFile } from '@mlguard/core';

/**
 * OSV `all.zip` exports: yauzl reads the central directory (ZIP64 included, as the npm export
 * needs); entry data is read by offset and inflated with a hard output cap, so a zip bomb or a
 * lying size header costs at most MAX_ENTRY bytes per entry. Entry names are never used as
 * paths (nothing is extracted), and unsafe ones (`..`, absolute) are skipped and counted.
 */

export const MAX_ENTRY = 16 * 1024 * 1024;
export const MAX_ENTRIES = 2_000_000;

export interface ZipEntry {
  name: string;
  offset: number;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
}

export interface ZipListing {
  entries: ZipEntry[];
  skipped: { name: string; reason: string }[];
}

/**
 * yauzl reads the central directory one small read per entry; on a 178k-entry export that is
 * most of the cold scan. This reader serves yauzl from one read of the file's tail (where the
 * central directory is) and falls back to positional reads for anything outside it.
 */
class TailCachedReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly file: RandomAccessFile,
    private readonly tail: Buffer,
    private readonly tailStart: number,
  ) {
    super();
  }
  override _readStreamForRange(start: number, end: number): NodeJS.ReadableStream {
    const out = new PassThrough();
    this.file.read(start, end - start).then((b) => out.end(b), (e: Error) => out.destroy(e));
    return out;
  }
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null, bytesRead?: number) => void): void {
    if (position >= this.tailStart && position + length <= this.tailStart + this.tail.length) {
      this.tail.copy(buffer, offset, position - this.tailStart, position - this.tailStart + length);
      // A microtask, not a direct call: yauzl's readEntry -> read -> entry -> readEntry would
      // otherwise recurse once per entry and overflow the stack.
      queueMicrotask(() => callback(null, length));
      return;
    }
    this.file.read(position, length).then(
      (b) => {
        b.copy(buffer, offset);
        callback(null, b.length);
      },
      (e: Error) => callback(e),
    );
  }
}

const TAIL_BYTES = 48 * 1024 * 1024;

export async function listZip(file: RandomAccessFile, displayPath: string): Promise<ZipListing> {
  const tailStart = Math.max(0, file.size - TAIL_BYTES);
  const tail = await file.read(tailStart, file.size - tailStart);
  const reader = new TailCachedReader(file, tail, tailStart);
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(reader, file.size, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false, strictFileNames: false }, (err, zip) => {
      if (err || !zip) {
        reject(inputError(`not a readable zip archive: ${err?.message ?? 'unknown error'}`, { file: displayPath, hint: 'pass an OSV all.zip export, a directory of OSV JSON files or an NDJSON file' }));
        return;
      }
      const out: ZipListing = { entries: [], skipped: [] };
      zip.on('error', (e: Error) => reject(inputError(`corrupt zip archive: ${e.message}`, { file: displayPath })));
      zip.on('entry', (e: yauzl.Entry) => {
        const name = Buffer.isBuffer(e.fileName) ? (e.fileName as unknown as Buffer).toString('utf8') : String(e.fileName);
        if (out.entries.length + out.skipped.length >= MAX_ENTRIES) {
          zip.close();
          reject(inputError(`zip archive lists more than ${MAX_ENTRIES} entries`, { file: displayPath }));
          return;
        }
        if (name.endsWith('/')) {
          // directory entry
        } else if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split(/[\\/]/).includes('..') || name.includes('\0')) {
          out.skipped.push({ name, reason: 'unsafe entry name (absolute or parent path)' });
        } else if (!name.toLowerCase().endsWith('.json')) {
          // not a record (README, LICENSE)
        } else if (e.uncompressedSize > MAX_ENTRY) {
          out.skipped.push({ name, reason: `declared size ${e.uncompressedSize} bytes exceeds ${MAX_ENTRY}` });
        } else if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
          out.skipped.push({ name, reason: `unsupported compression method ${e.compressionMethod}` });
        } else if (e.isEncrypted()) {
          out.skipped.push({ name, reason: 'encrypted entry' });
        } else {
          out.entries.push({ name, offset: e.relativeOffsetOfLocalHeader, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize, method: e.compressionMethod });
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/**
 * Scattered entries (a warm scan), 16 reads in flight: each read takes the local header, a
 * generous allowance for the name and extra field, and the data; a longer header is re-read.
 */
export async function readEntries(file: RandomAccessFile, entries: ZipEntry[], each: (e: ZipEntry, raw: Buffer | Error) => void): Promise<void> {
  const one = async (e: ZipEntry): Promise<Buffer | Error> => {
    let buf = await file.read(e.offset, 30 + 1024 + e.compressedSize);
    if (buf.length < 30 || buf.readUInt32LE(0) !== 0x04034b50) return new Error('bad local header');
    const skip = 30 + buf.readUInt16LE(26) + buf.readUInt16LE(28);
    if (skip + e.compressedSize > buf.length) buf = await file.read(e.offset, skip + e.compressedSize);
    const data = buf.subarray(skip, skip + e.compressedSize);
    if (data.length < e.compressedSize) return new Error('truncated entry');
    return inflateEntry(e, data);
  };
  for (let b = 0; b < entries.length; b += 16) {
    const batch = entries.slice(b, b + 16);
    const out = await Promise.all(batch.map(one));
    batch.forEach((e, i) => each(e, out[i]!));
  }
}

function inflateEntry(e: ZipEntry, data: Buffer): Buffer | Error {
  try {
    // One output chunk of the declared size (+1 to notice a lying header) instead of 16 KB pieces.
    const raw = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_ENTRY, chunkSize: Math.min(MAX_ENTRY, Math.max(64, e.uncompressedSize + 1)) });
    if (raw.length !== e.uncompressedSize) return new Error(`inflated to ${raw.length} bytes, header says ${e.uncompressedSize}`);
    return raw;
  } catch (err) {
    return new Error(`cannot inflate: ${(err as Error).message}`);
  }
}

/** Sequential reader over entries sorted by offset, with a 16 MB window to avoid one pread per entry. */
export class ZipDataReader {
  private win: Buffer = Buffer.alloc(0);
  private winStart = 0;
  /** `window`: bytes read ahead at once; 16 MB for a full pass, small for scattered warm reads. */
  constructor(
    private readonly file: RandomAccessFile,
    private readonly window = 16 * 1024 * 1024,
  ) {}

  private async bytes(pos: number, len: number): Promise<Buffer> {
    if (pos < this.winStart || pos + len > this.winStart + this.win.length) {
      this.win = await this.file.read(pos, Math.max(len, this.window));
      this.winStart = pos;
    }
    return this.win.subarray(pos - this.winStart, pos - this.winStart + len);
  }

  /** The entry's text, or an Error describing why it was skipped. */
  async text(e: ZipEntry): Promise<string | Error> {
    const raw = await this.bytesOf(e);
    return raw instanceof Error ? raw : raw.toString('utf8');
  }

  /** The entry's inflated bytes, or an Error describing why it was skipped. */
  async bytesOf(e: ZipEntry): Promise<Buffer | Error> {
    const header = await this.bytes(e.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return new Error('bad local header');
    const dataStart = e.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = await this.bytes(dataStart, e.compressedSize);
    if (data.length < e.compressedSize) return new Error('truncated entry');
    return inflateEntry(e, data);
  }
}

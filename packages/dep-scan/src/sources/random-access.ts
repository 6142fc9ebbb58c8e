import { open, type FileHandle } from 'node:fs/promises';

/**
 * Positional reads on the advisory database (an OSV export of hundreds of MB) and its index.
 * This is the tool's own data, not scanned repository input: the FileSystem port only offers
 * whole-file and streaming reads, and a record lookup by byte offset needs pread.
 */
export class RandomAccessFile {
  private constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  static async open(absPath: string): Promise<RandomAccessFile> {
    const fh = await open(absPath, 'r');
    const st = await fh.stat();
    return new RandomAccessFile(fh, st.size);
  }

  async read(position: number, length: number): Promise<Buffer> {
    const len = Math.max(0, Math.min(length, this.size - position));
    const buf = Buffer.allocUnsafe(len);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(buf, got, len - got, position + got);
      if (!bytesRead) break;
      got += bytesRead;
    }
    return got === len ? buf : buf.subarray(0, got);
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

import type { FileSystem } from '@mlguard/core';
import { Unzip, UnzipInflate } from 'fflate';
import { type FileKind, type FormatIssue, type FormatLimits, memberIssues, safetensorsIssues, scanBytes, sniff, wantedMember } from './formats.js';
import type { GlobalPolicy } from './pickle/policy.js';

export interface ScanIssue extends FormatIssue {
  /** Path as handed to ports.fs. */
  path: string;
}

export interface ScanOptions {
  policy: GlobalPolicy;
  /** Files above this size are reported as not scanned rather than read into memory. */
  maxFileSize: number;
  maxInflate: number;
  maxFiles: number;
}

export interface ScanReport {
  issues: ScanIssue[];
  filesScanned: number;
  filesSeen: number;
  bytesScanned: number;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__']);

/** The first `n` bytes of a file through the port, without reading the rest. */
export function readHead(fs: FileSystem, path: string, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let got = 0;
    const s = fs.createReadStream(path, { highWaterMark: Math.min(Math.max(n, 64), 1 << 20) });
    const done = () => {
      (s as unknown as { destroy?: () => void }).destroy?.();
      resolve(Buffer.concat(chunks).subarray(0, n));
    };
    s.on('data', (d: Buffer | string) => {
      const b = typeof d === 'string' ? Buffer.from(d) : d;
      chunks.push(b);
      got += b.length;
      if (got >= n) done();
    });
    s.on('error', reject);
    s.on('end', done);
  });
}

async function listFiles(fs: FileSystem, path: string, max: number, out: { path: string; size: number }[], depth = 0): Promise<void> {
  const st = await fs.stat(path);
  if (!st || out.length >= max) return;
  if (st.isFile) {
    out.push({ path, size: st.size });
    return;
  }
  // Symlinks are never followed by the scanner: the signature walk reports them.
  if (!st.isDirectory || depth > 64) return;
  const base = path.replace(/\/+$/, '');
  const entries = (await fs.readdir(path)).filter((e) => !SKIP_DIRS.has(e));
  for (let i = 0; i < entries.length && out.length < max; i += 256) {
    const batch = entries.slice(i, i + 256).map((e) => `${base}/${e}`);
    const stats = await Promise.all(batch.map((p) => fs.stat(p)));
    for (let j = 0; j < batch.length && out.length < max; j++) {
      const s = stats[j];
      if (s?.isFile) out.push({ path: batch[j]!, size: s.size });
      else if (s?.isDirectory) await listFiles(fs, batch[j]!, max, out, depth + 1);
    }
  }
}

/** Scans every model file under the given paths for unsafe serialization. */
export async function scanPaths(fs: FileSystem, paths: readonly string[], opts: ScanOptions): Promise<ScanReport> {
  const files: { path: string; size: number }[] = [];
  for (const p of paths) await listFiles(fs, p, opts.maxFiles, files);
  const report: ScanReport = { issues: [], filesScanned: 0, filesSeen: files.length, bytesScanned: 0 };
  const limits: FormatLimits = { policy: opts.policy, maxInflate: opts.maxInflate };
  const one = async (f: { path: string; size: number }) => {
    const head = await readHead(fs, f.path, 16);
    const kind: FileKind = sniff(f.path, head);
    if (kind === 'other') return;
    if (kind === 'safetensors') {
      // Only the header is needed, however large the tensors are.
      const n = head.length >= 8 ? Number(head.readBigUInt64LE(0)) : 0;
      const want = n > 0 && n <= 100_000_000 ? 8 + n : 8;
      const bytes = await readHead(fs, f.path, Math.min(want, f.size));
      report.filesScanned++;
      report.issues.push(...safetensorsIssues(bytes, f.size).map((i) => ({ ...i, path: f.path })));
      return;
    }
    if (kind === 'zip' && f.size > opts.maxFileSize) {
      // Large checkpoints (PyTorch zips of many GiB) are streamed: only the pickle members are
      // inflated, the tensor storages flow past.
      report.filesScanned++;
      report.bytesScanned += f.size;
      report.issues.push(...(await streamZip(fs, f.path, limits)).map((i) => ({ ...i, path: f.path })));
      return;
    }
    if (f.size > opts.maxFileSize) {
      report.issues.push({ path: f.path, kind: 'too-large', message: `${f.size} bytes, above max-scan-size (${opts.maxFileSize}): not scanned, so not known to be safe` });
      return;
    }
    const data = await fs.readFile(f.path);
    report.filesScanned++;
    report.bytesScanned += data.length;
    report.issues.push(...scanBytes(f.path, data, kind, limits).map((i) => ({ ...i, path: f.path })));
  };
  // Small files a few at a time (opening and sniffing thousands of them one by one is the slow
  // part); large ones one after another, so at most one big buffer is held.
  const SMALL = 16 << 20;
  const small = files.filter((f) => f.size <= SMALL);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(8, small.length) }, async () => {
      while (next < small.length) await one(small[next++]!);
    }),
  );
  for (const f of files) if (f.size > SMALL) await one(f);
  // Deterministic order whatever finished first.
  report.issues.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : (x.offset ?? 0) - (y.offset ?? 0)));
  return report;
}

/** Scans a zip as a stream with fflate's Unzip; memory stays at the wanted members plus one read chunk. */
function streamZip(fs: FileSystem, path: string, limits: FormatLimits): Promise<FormatIssue[]> {
  return new Promise((resolve, reject) => {
    const issues: FormatIssue[] = [];
    const unzip = new Unzip();
    unzip.register(UnzipInflate);
    unzip.onfile = (file) => {
      if (!wantedMember(file.name)) return; // never started: its data is skipped, not inflated
      if ((file.originalSize ?? 0) > limits.maxInflate) {
        issues.push({ kind: 'too-large', member: file.name, message: `archive member ${file.name} inflates to ${file.originalSize} bytes, above the ${limits.maxInflate}-byte scan limit: not scanned` });
        return;
      }
      const chunks: Uint8Array[] = [];
      let n = 0;
      let dead = false;
      file.ondata = (err, data, final) => {
        if (dead) return;
        if (err) {
          dead = true;
          issues.push({ kind: 'unscannable', member: file.name, message: `archive member ${file.name} cannot be inflated (${err.message}): encrypted or corrupt, so not known to be safe` });
          return;
        }
        n += data.length;
        if (n > limits.maxInflate) {
          dead = true;
          file.terminate();
          issues.push({ kind: 'too-large', member: file.name, message: `archive member ${file.name} inflates beyond the ${limits.maxInflate}-byte scan limit (a zip bomb?): not scanned` });
          return;
        }
        chunks.push(data);
        if (final) issues.push(...memberIssues(path, file.name, Buffer.concat(chunks), limits));
      };
      try {
        file.start();
      } catch (e) {
        issues.push({ kind: 'unscannable', member: file.name, message: `archive member ${file.name} uses an unsupported compression (${(e as Error).message}): not known to be safe` });
      }
    };
    const s = fs.createReadStream(path, { highWaterMark: 8 << 20 });
    s.on('data', (d: Buffer | string) => {
      try {
        unzip.push(typeof d === 'string' ? Buffer.from(d) : d);
      } catch (e) {
        issues.push({ kind: 'unscannable', message: `archive cannot be read as a stream (${(e as Error).message}): not known to be safe` });
        (s as unknown as { destroy?: () => void }).destroy?.();
        resolve(issues);
      }
    });
    s.on('error', reject);
    s.on('end', () => {
      try {
        unzip.push(new Uint8Array(0), true);
      } catch (e) {
        issues.push({ kind: 'unscannable', message: `archive ends unexpectedly (${(e as Error).message}): not known to be safe` });
      }
      resolve(issues);
    });
  });
}

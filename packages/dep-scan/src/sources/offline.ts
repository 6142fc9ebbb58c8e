import { createHash } from 'node:crypto';
import { inputError, type FileSystem, type Logger, type RandomAccessFile } from '@mlguard/core';
import { ecosystemOf } from '../osv/names.js';
import type { OsvRecord } from '../osv/types.js';
import { foldKey, namesIn } from './name-scan.js';
import type { AdvisorySource, LookupRequest, SnapshotInfo } from './types.js';
import { listZip, MAX_ENTRY, readEntries, ZipDataReader } from './zip.js';

/**
 * Offline OSV data: an `all.zip` export, a directory of OSV JSON files, or NDJSON (one record per
 * line). Cold: one pass that regex-scans names and JSON-parses only records naming a wanted
 * package, while building a name -> location index. Warm: that index, persisted in the cache
 * directory and checked against the file's size and edge hashes, so a scan reads only the
 * records it needs. Records are never all held in memory.
 */

type Loc = [number, number] | [number, number, number, number] | string;

interface IndexMeta {
  format: 2;
  kind: SnapshotInfo['kind'];
  fingerprint: string;
  records: number;
  skipped: number;
  date?: string;
}

/**
 * The persisted index is text: a JSON header line, then one `name<TAB>n,n,n...` line per name
 * (2 numbers per NDJSON record: offset, length; 4 per zip entry). A warm scan splits lines and
 * parses numbers only for the names it wants, which is several times cheaper than JSON.parse
 * of the whole map.
 */
interface PersistedIndex extends IndexMeta {
  lookup(folded: string): Loc[];
}

export interface OfflineOptions {
  fs: FileSystem;
  log: Logger;
  /** Workspace-relative or absolute path as the user gave it. */
  path: string;
  /** Where the name index is persisted between runs (warm scans); none: always cold. */
  cacheDir?: string;
}

async function fingerprintOf(file: RandomAccessFile): Promise<string> {
  const h = createHash('sha256').update(String(file.size));
  h.update(await file.read(0, 65536));
  h.update(await file.read(Math.max(0, file.size - 65536), 65536));
  return h.digest('hex');
}

export class OfflineSource implements AdvisorySource {
  private info: SnapshotInfo;
  constructor(private readonly opts: OfflineOptions) {
    this.info = { kind: 'directory', location: opts.path, records: 0, skipped: 0 };
  }

  snapshot(): SnapshotInfo {
    return this.info;
  }

  async lookup(req: LookupRequest): Promise<Map<string, OsvRecord[]>> {
    const { fs, path } = this.opts;
    const st = await fs.stat(path);
    if (!st) throw inputError(`advisory database not found: ${path}`, { hint: 'pass --advisories with an OSV all.zip, a directory of OSV JSON records or an NDJSON file' });
    const wanted = new Map<string, string[]>(); // folded name -> request keys
    for (const key of req.packages.keys()) wanted.set(foldKey(key), [...(wanted.get(foldKey(key)) ?? []), key]);
    const out = new Map<string, OsvRecord[]>();
    let newest = '';
    const accept = (raw: string, where: string): void => {
      let rec: OsvRecord;
      try {
        rec = JSON.parse(raw) as OsvRecord;
      } catch {
        this.info.skipped++;
        this.opts.log.debug(`skipping unparsable advisory at ${where}`);
        return;
      }
      if (!rec || typeof rec.id !== 'string' || !Array.isArray(rec.affected)) {
        this.info.skipped++;
        return;
      }
      if (typeof rec.modified === 'string' && rec.modified > newest) newest = rec.modified;
      // Schema major versions other than 1 are skipped (pip-audit does the same).
      if (rec.schema_version && !rec.schema_version.startsWith('1.')) return;
      const seen = new Set<string>();
      for (const a of rec.affected) {
        const eco = ecosystemOf(a.package?.ecosystem);
        if (!eco || typeof a.package?.name !== 'string') continue;
        const keys = wanted.get(foldKey(`${eco}/${a.package.name}`)) ?? [];
        for (const k of keys) {
          if (seen.has(k) || !k.startsWith(`${eco}/`)) continue;
          seen.add(k);
          out.set(k, [...(out.get(k) ?? []), rec]);
        }
      }
    };
    const candidate = (names: string[]) => names.some((n) => wanted.has(n));
    if (st.isDirectory) {
      await this.scanDirectory(path, accept, candidate);
    } else {
      const file = await fs.openRandomAccess(path);
      try {
        const fingerprint = await fingerprintOf(file);
        const lower = path.toLowerCase();
        const kind: SnapshotInfo['kind'] = lower.endsWith('.zip') ? 'zip' : 'ndjson';
        this.info = { kind, location: path, records: 0, skipped: 0, fingerprint, bytes: file.size };
        const warm = await this.loadIndex(fingerprint);
        if (warm && warm.kind === kind) {
          await this.readWarm(file, warm, wanted, accept);
          this.info = { ...this.info, records: warm.records, skipped: warm.skipped, date: warm.date, index: 'warm' };
        } else {
          const index = new Map<string, Loc[]>();
          const note = (n: string[], loc: Loc) => {
            for (let i = 0; i < n.length; i++) {
              const k = n[i]!;
              if (n.indexOf(k) !== i) continue; // a name repeated within one record
              const list = index.get(k);
              if (list) list.push(loc);
              else index.set(k, [loc]);
            }
          };
          if (kind === 'zip') await this.scanZip(file, accept, candidate, note);
          else await this.scanNdjson(path, accept, candidate, note);
          this.info.index = 'cold';
          this.info.date = newest || undefined;
          await this.saveIndex({ format: 2, kind, fingerprint, records: this.info.records, skipped: this.info.skipped, date: this.info.date }, index);
        }
      } finally {
        await file.close();
      }
    }
    if (!this.info.date && newest) this.info.date = newest;
    return out;
  }

  private async scanDirectory(dir: string, accept: (raw: string, where: string) => void, candidate: (n: string[]) => boolean): Promise<void> {
    const { fs } = this.opts;
    this.info = { kind: 'directory', location: dir, records: 0, skipped: 0, index: 'cold' };
    const walk = async (d: string, depth: number): Promise<void> => {
      if (depth > 8) return;
      for (const name of await fs.readdir(d)) {
        if (name.startsWith('.')) continue;
        const p = `${d.replace(/\/$/, '')}/${name}`;
        const s = await fs.stat(p);
        if (!s || s.isSymbolicLink) continue;
        if (s.isDirectory) await walk(p, depth + 1);
        else if (s.isFile && /\.json$/i.test(name)) {
          if (s.size > MAX_ENTRY) {
            this.info.skipped++;
            continue;
          }
          this.info.records++;
          const raw = await fs.readText(p);
          if (candidate(namesIn(raw))) accept(raw, p);
        } else if (s.isFile && /\.(ndjson|jsonl)$/i.test(name)) {
          await this.scanNdjson(p, accept, candidate, () => {});
        }
      }
    };
    await walk(dir, 0);
  }

  private async scanZip(file: RandomAccessFile, accept: (raw: string, where: string) => void, candidate: (n: string[]) => boolean, note: (n: string[], loc: Loc) => void): Promise<void> {
    const listing = await listZip(file, this.opts.path);
    for (const s of listing.skipped) this.opts.log.warning(`${this.opts.path}: skipped zip entry ${JSON.stringify(s.name.slice(0, 200))}: ${s.reason}`);
    this.info.skipped += listing.skipped.length;
    const entries = [...listing.entries].sort((a, b) => a.offset - b.offset);
    const reader = new ZipDataReader(file);
    for (const e of entries) {
      const raw = await reader.bytesOf(e);
      if (raw instanceof Error) {
        this.info.skipped++;
        this.opts.log.warning(`${this.opts.path}: skipped zip entry ${JSON.stringify(e.name.slice(0, 200))}: ${raw.message}`);
        continue;
      }
      this.info.records++;
      const names = namesIn(raw.toString('latin1'));
      note(names, [e.offset, e.compressedSize, e.method, e.uncompressedSize]);
      if (candidate(names)) accept(raw.toString('utf8'), `${this.opts.path}:${e.name}`);
    }
  }

  private async scanNdjson(path: string, accept: (raw: string, where: string) => void, candidate: (n: string[]) => boolean, note: (n: string[], loc: Loc) => void): Promise<void> {
    // Lines are cut on the raw bytes (memchr-fast Buffer.indexOf) so the index keeps byte
    // offsets; readline was a third of the cold scan on a 300 MB export.
    const stream = this.opts.fs.createReadStream(path, { highWaterMark: 4 << 20 });
    let carry: Buffer = Buffer.alloc(0);
    let base = 0; // byte offset of carry[0] in the file
    let lineNo = 0;
    const onLine = (buf: Buffer, start: number, end: number, offset: number) => {
      lineNo++;
      let e = end;
      if (e > start && buf[e - 1] === 13) e--; // CRLF
      if (e <= start) return;
      if (e - start > MAX_ENTRY) {
        this.info.skipped++;
        return;
      }
      // Package names are ASCII (npm and PEP 508 both require it), so the name scan runs on a
      // latin1 view, which is cheaper than UTF-8 decoding; only candidates are decoded properly.
      const ascii = buf.toString('latin1', start, e);
      if (!ascii.trim()) return;
      this.info.records++;
      const names = namesIn(ascii);
      note(names, [offset, e - start]);
      if (candidate(names)) accept(buf.toString('utf8', start, e), `${path}:${lineNo}`);
    };
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        onLine(buf, start, nl, base + start);
        start = nl + 1;
      }
      carry = buf.subarray(start);
      base += start;
      if (carry.length > MAX_ENTRY * 2) {
        // One "line" larger than any record: skip it without holding it.
        this.info.skipped++;
        base += carry.length;
        carry = Buffer.alloc(0);
      }
    }
    if (carry.length) onLine(carry, 0, carry.length, base);
  }

  private async readWarm(file: RandomAccessFile, idx: PersistedIndex, wanted: Map<string, string[]>, accept: (raw: string, where: string) => void): Promise<void> {
    const locs: Loc[] = [];
    const seen = new Set<string>();
    for (const folded of wanted.keys()) {
      for (const loc of idx.lookup(folded)) {
        const k = JSON.stringify(loc);
        if (!seen.has(k)) {
          seen.add(k);
          locs.push(loc);
        }
      }
    }
    locs.sort((a, b) => (a as number[])[0]! - (b as number[])[0]!);
    if (idx.kind === 'zip') {
      await readEntries(file, (locs as [number, number, number, number][]).map((l) => ({ name: '', offset: l[0], compressedSize: l[1], method: l[2], uncompressedSize: l[3] })), (e, raw) => {
        if (!(raw instanceof Error)) accept(raw.toString('utf8'), `${this.opts.path}@${e.offset}`);
      });
    } else {
      // Neighbouring records are read with one pread (gaps under 8 KB are read through, so a
      // scattered set of records never turns into reading the whole export).
      const list = locs as [number, number][];
      const runs: [number, number][] = []; // [first, last] index into list, read as one range
      for (let i = 0; i < list.length; ) {
        let j = i;
        while (j + 1 < list.length && list[j + 1]![0] - (list[j]![0] + list[j]![1]) < 8192 && list[j + 1]![0] + list[j + 1]![1] - list[i]![0] < 4 << 20) j++;
        runs.push([i, j]);
        i = j + 1;
      }
      // Up to 16 reads in flight: libuv serves them from its thread pool, overlapping the syscalls.
      for (let b = 0; b < runs.length; b += 16) {
        const batch = runs.slice(b, b + 16);
        const bufs = await Promise.all(batch.map(([i, j]) => file.read(list[i]![0], list[j]![0] + list[j]![1] - list[i]![0])));
        batch.forEach(([i, j], n) => {
          const start = list[i]![0];
          for (let k = i; k <= j; k++) accept(bufs[n]!.toString('utf8', list[k]![0] - start, list[k]![0] - start + list[k]![1]), `${this.opts.path}@${list[k]![0]}`);
        });
      }
    }
  }

  private indexPath(): string | undefined {
    if (!this.opts.cacheDir) return undefined;
    const id = createHash('sha256').update(this.opts.fs.resolve(this.opts.path)).digest('hex').slice(0, 16);
    return `${this.opts.cacheDir.replace(/\/$/, '')}/osv-index-${id}.json`;
  }

  private async loadIndex(fingerprint: string): Promise<PersistedIndex | undefined> {
    const p = this.indexPath();
    if (!p || !(await this.opts.fs.stat(p))) return undefined;
    try {
      const text = await this.opts.fs.readText(p);
      const nl = text.indexOf('\n');
      const meta = JSON.parse(text.slice(0, nl)) as IndexMeta;
      if (meta.format !== 2 || meta.fingerprint !== fingerprint) return undefined;
      const width = meta.kind === 'zip' ? 4 : 2;
      const lines = new Map<string, [number, number]>();
      for (let i = nl + 1; i < text.length; ) {
        const end = text.indexOf('\n', i);
        const stop = end < 0 ? text.length : end;
        const tab = text.indexOf('\t', i);
        if (tab > i && tab < stop) lines.set(text.slice(i, tab), [tab + 1, stop]);
        i = stop + 1;
      }
      return {
        ...meta,
        lookup: (folded) => {
          const at = lines.get(folded);
          if (!at) return [];
          const nums = text.slice(at[0], at[1]).split(',').map(Number);
          const out: Loc[] = [];
          for (let j = 0; j + width <= nums.length; j += width) out.push(nums.slice(j, j + width) as Loc);
          return out;
        },
      };
    } catch {
      return undefined; // a damaged cache is rebuilt, never trusted
    }
  }

  private async saveIndex(meta: IndexMeta, index: Map<string, Loc[]>): Promise<void> {
    const p = this.indexPath();
    if (!p) return;
    const parts: string[] = [JSON.stringify(meta)];
    for (const [name, locs] of index) if (!/[\t\n]/.test(name)) parts.push(`${name}\t${locs.map((l) => (l as number[]).join(',')).join(',')}`);
    try {
      await this.opts.fs.writeFile(p, `${parts.join('\n')}\n`);
    } catch (e) {
      this.opts.log.warning(`could not write the advisory index cache ${p}: ${(e as Error).message}`);
    }
  }
}

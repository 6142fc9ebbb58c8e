import { gunzipSync } from 'node:zlib';
import { inputError, type FileSystem } from '@mlguard/core';
import { parseCsv } from './csv.js';
import { parseJsonl } from './jsonl.js';
import { parseParquet } from './parquet.js';
import { selectColumns, type ReadOptions, type Table, type TableFormat } from './table.js';

export interface DatasetPorts {
  fs: FileSystem;
  /** Absolute path of the repository root; relative paths are resolved against it by `fs`. */
  workspace: string;
}

/** In-memory reader: beyond this, use data-check's DuckDB engine, which streams. */
export const MAX_IN_MEMORY_BYTES = 1024 * 1024 * 1024;

/** The format from the file name (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`/`.pq`, each optionally `.gz`). */
export function detectFormat(path: string): TableFormat | undefined {
  const p = path.toLowerCase().replace(/\.gz$/, '');
  if (p.endsWith('.csv') || p.endsWith('.txt')) return 'csv';
  if (p.endsWith('.tsv')) return 'tsv';
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson') || p.endsWith('.json')) return 'jsonl';
  if (p.endsWith('.parquet') || p.endsWith('.pq')) return 'parquet';
  return undefined;
}

/**
 * Reads a CSV/TSV, JSON Lines or Parquet file into a Table. Bad files (ragged rows, invalid UTF-8,
 * a line that is not JSON, a corrupt Parquet footer) throw `inputError` with the file and line.
 */
export async function readTable(path: string, ports: DatasetPorts, opts: ReadOptions = {}): Promise<Table> {
  const format = opts.format ?? detectFormat(path);
  if (!format) {
    throw inputError(`unknown dataset format for ${path}`, { file: path, hint: 'use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz)' });
  }
  const st = await ports.fs.stat(path);
  if (!st || !st.isFile) throw inputError(`dataset not found: ${path}`, { file: path });
  if (st.size > MAX_IN_MEMORY_BYTES) {
    throw inputError(`dataset too large to read in memory (${st.size} bytes)`, { file: path, hint: 'sample it, or use the DuckDB engine of data-check' });
  }
  let buf = await ports.fs.readFile(path);
  if (path.toLowerCase().endsWith('.gz')) {
    try {
      buf = gunzipSync(buf);
    } catch (e) {
      throw inputError(`corrupt gzip file: ${(e as Error).message}`, { file: path });
    }
  }
  const missing = (c: string) => inputError(`column "${c}" not found`, { file: path });
  if (format === 'parquet') {
    const { columns, rowCount } = await parseParquet(buf, path, opts);
    return { source: path, rowCount, columns: selectColumns(columns, opts.columns, missing) };
  }
  const text = decodeUtf8(buf, path);
  const parsed = format === 'jsonl' ? parseJsonl(text, path, opts) : parseCsv(text, path, { ...opts, ...(format === 'tsv' ? { delimiter: '\t' } : {}) });
  return { source: path, rowCount: parsed.rowCount, columns: selectColumns(parsed.columns, opts.columns, missing) };
}

/** Strict UTF-8: invalid bytes are reported with their line, never replaced silently by U+FFFD. */
export function decodeUtf8(buf: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    let line = 1;
    for (let i = 0; i < bad; i++) if (buf[i] === 10) line++;
    throw inputError(`invalid UTF-8 byte sequence (the line starts at byte ${bad})`, { file, line, hint: 're-encode the file as UTF-8' });
  }
}

function firstInvalidUtf8(buf: Buffer): number {
  // Binary search for the shortest invalid prefix, cut on line boundaries to stay on character starts.
  const dec = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = buf.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    // Only cut after a newline so a multi-byte character is never split by the probe.
    let cut = buf.indexOf(10, mid);
    cut = cut < 0 || cut >= hi ? hi : cut + 1;
    if (cut >= hi) break;
    if (dec(cut)) lo = cut;
    else hi = cut;
  }
  return lo;
}

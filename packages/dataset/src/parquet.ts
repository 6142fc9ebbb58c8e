import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { inputError } from '@mlguard/core';
import { settleColumn, type CellValue, type Column } from './table.js';

/** Reads a whole Parquet file held in memory (hyparquet, pure JS; snappy/gzip/zstd/brotli/lz4 pages). */
export async function parseParquet(buf: Buffer, file: string, opts: { columns?: string[]; limit?: number } = {}): Promise<{ columns: Column[]; rowCount: number }> {
  if (buf.length < 12 || buf.subarray(0, 4).toString('latin1') !== 'PAR1' || buf.subarray(buf.length - 4).toString('latin1') !== 'PAR1') {
    throw inputError('not a Parquet file: the PAR1 magic bytes are missing at the start or the end', {
      file,
      hint: 'the file is truncated or not Parquet; re-export it',
    });
  }
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  let names: string[];
  let rows: Record<string, unknown>[];
  try {
    const metadata = parquetMetadata(ab);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
    const wanted = opts.columns?.filter((c) => names.includes(c));
    rows = (await parquetReadObjects({
      file: ab,
      metadata,
      compressors,
      ...(wanted ? { columns: wanted } : {}),
      ...(opts.limit !== undefined ? { rowEnd: Math.min(opts.limit, Number(metadata.num_rows)) } : {}),
    })) as Record<string, unknown>[];
  } catch (e) {
    throw inputError(`corrupt Parquet file: ${(e as Error).message}`, { file, hint: 'the footer or a page could not be decoded; re-export the file' });
  }
  const columns = names.map((n) => settleColumn(n, rows.map((r) => toCell(r[n]))));
  return { columns, rowCount: rows.length };
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
}

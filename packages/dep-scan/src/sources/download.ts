import { createHash } from 'node:crypto';
import { toolError, type Clock, type Fetch, type FileSystem, type Logger } from '@mlguard/core';

/**
 * `advisories: https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip`: the export is
 * downloaded into `cache-dir` and reused for a day (OSV publishes daily), so with the cache
 * directory kept by @actions/cache a workflow downloads each ecosystem at most once a day. When a
 * refresh fails, yesterday's copy is used with a warning rather than failing the scan.
 */
export const REFRESH_MS = 24 * 60 * 60 * 1000;
export const MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024;

interface Stamp {
  url: string;
  fetchedAt: string;
  file: string;
  bytes: number;
}

export interface DownloadPorts {
  fs: FileSystem;
  fetch: Fetch;
  log: Logger;
  clock: Clock;
}

export function isUrl(entry: string): boolean {
  return /^https?:\/\//i.test(entry);
}

export async function localAdvisoryPath(url: string, cacheDir: string | undefined, ports: DownloadPorts): Promise<string> {
  if (!cacheDir) throw toolError(`advisories ${url} is a URL: set cache-dir so the download can be kept and reused`, { hint: 'e.g. cache-dir: .mlguard/osv-cache, restored with actions/cache' });
  const id = createHash('sha256').update(url).digest('hex').slice(0, 16);
  const base = `${cacheDir.replace(/\/$/, '')}/osv-download-${id}`;
  const file = `${base}${/\.zip(\?|$)/i.test(url) ? '.zip' : '.ndjson'}`;
  const stampPath = `${base}.json`;
  let stamp: Stamp | undefined;
  try {
    if (await ports.fs.stat(stampPath)) stamp = JSON.parse(await ports.fs.readText(stampPath)) as Stamp;
  } catch {
    stamp = undefined;
  }
  const have = stamp && stamp.url === url && (await ports.fs.stat(file))?.size === stamp.bytes;
  const age = have ? ports.clock.now().getTime() - Date.parse(stamp!.fetchedAt) : Infinity;
  if (have && age >= 0 && age < REFRESH_MS) return file;
  try {
    const res = await ports.fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_DOWNLOAD_BYTES) throw new Error(`${declared} bytes is above the ${MAX_DOWNLOAD_BYTES}-byte limit`);
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength > MAX_DOWNLOAD_BYTES) throw new Error(`${body.byteLength} bytes is above the limit`);
    await ports.fs.writeFile(file, body);
    await ports.fs.writeFile(stampPath, JSON.stringify({ url, fetchedAt: ports.clock.now().toISOString(), file, bytes: body.byteLength } satisfies Stamp));
    ports.log.info(`downloaded ${url} (${body.byteLength} bytes) into ${file}`);
    return file;
  } catch (e) {
    if (have) {
      ports.log.warning(`could not refresh ${url} (${(e as Error).message}); using the copy from ${stamp!.fetchedAt}`);
      return file;
    }
    throw toolError(`could not download advisories from ${url}: ${(e as Error).message}`, { hint: 'check network access for dep-scan, or pass a local all.zip' });
  }
}

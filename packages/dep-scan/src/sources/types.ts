import type { OsvRecord } from '../osv/types.js';

/** Which advisory data a scan used; recorded in metrics and the summary. */
export interface SnapshotInfo {
  kind: 'zip' | 'directory' | 'ndjson' | 'osv-api' | 'memory';
  /** File or URL. */
  location: string;
  /** Newest `modified` among the records read, or the file date when known. */
  date?: string;
  records: number;
  /** Records skipped as unreadable (bad JSON, oversized, unsafe zip names). */
  skipped: number;
  /** How the index was obtained. */
  index?: 'cold' | 'warm';
  /** sha256 over the file size and its first and last 64 KB: identifies the snapshot cheaply. */
  fingerprint?: string;
  bytes?: number;
}

export interface LookupRequest {
  /** Package keys (`PyPI/torch`, `npm/lodash`) and the versions wanted per key (for the API). */
  packages: Map<string, { ecosystem: 'PyPI' | 'npm'; name: string; versions: Set<string> }>;
}

/** Every source returns whole OSV records for the requested packages; the matcher decides. */
export interface AdvisorySource {
  lookup(req: LookupRequest): Promise<Map<string, OsvRecord[]>>;
  snapshot(): SnapshotInfo;
}

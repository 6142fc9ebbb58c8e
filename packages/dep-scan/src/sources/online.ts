import { toolError, type Fetch, type Logger } from '@mlguard/core';
import type { OsvRecord } from '../osv/types.js';
import type { AdvisorySource, LookupRequest, SnapshotInfo } from './types.js';

/**
 * The OSV API: `POST /v1/querybatch` (at most 1000 queries per request; per-result
 * `next_page_token` pagination) returns ids only, then each distinct id is hydrated with
 * `GET /v1/vulns/{id}` under bounded concurrency. Records are re-evaluated by the local matcher,
 * so results equal the offline ones. Retries with exponential backoff on 429, 5xx and network errors.
 */

export const MAX_BATCH = 1000;

export interface OnlineOptions {
  fetch: Fetch;
  log: Logger;
  baseUrl?: string;
  concurrency?: number;
  retries?: number;
  /** Base backoff in ms (tests pass 1). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface Query {
  package: { ecosystem: string; name: string };
  version: string;
  page_token?: string;
}

interface BatchResult {
  vulns?: { id: string; modified?: string }[];
  next_page_token?: string;
}

export class OnlineSource implements AdvisorySource {
  private info: SnapshotInfo;
  requests = 0;
  constructor(private readonly opts: OnlineOptions) {
    this.info = { kind: 'osv-api', location: this.base(), records: 0, skipped: 0 };
  }

  private base(): string {
    return (this.opts.baseUrl ?? 'https://api.osv.dev').replace(/\/$/, '');
  }

  snapshot(): SnapshotInfo {
    return this.info;
  }

  private async call(url: string, init?: RequestInit): Promise<unknown> {
    const retries = this.opts.retries ?? 4;
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt) await sleep((this.opts.backoffMs ?? 500) * 2 ** (attempt - 1));
      this.requests++;
      let res: Response;
      try {
        res = await this.opts.fetch(url, init);
      } catch (e) {
        last = (e as Error).message;
        if (/network access is disabled/.test(last)) throw toolError(`OSV API lookup refused: ${last}`, { hint: 'allow network access for dep-scan or use --advisories with an offline export' });
        continue;
      }
      if (res.ok) return res.json();
      last = `HTTP ${res.status}`;
      if (res.status !== 429 && res.status < 500) {
        const body = await res.text().catch(() => '');
        throw toolError(`OSV API ${url} answered ${res.status}: ${body.slice(0, 200)}`);
      }
    }
    throw toolError(`OSV API ${url} failed after ${retries + 1} attempts (${last})`);
  }

  async lookup(req: LookupRequest): Promise<Map<string, OsvRecord[]>> {
    const queries: { key: string; q: Query }[] = [];
    for (const [key, p] of req.packages) {
      for (const v of p.versions) {
        // Advisories never carry local labels (2.1.0+cu121): query the public version.
        const version = p.ecosystem === 'PyPI' ? v.replace(/\+.*$/, '') : v;
        queries.push({ key, q: { package: { ecosystem: p.ecosystem, name: p.name }, version } });
      }
    }
    const idsByKey = new Map<string, Set<string>>();
    let pending = queries;
    let rounds = 0;
    while (pending.length) {
      if (++rounds > 50) throw toolError('OSV API pagination did not terminate after 50 rounds');
      const next: typeof pending = [];
      for (let i = 0; i < pending.length; i += MAX_BATCH) {
        const chunk = pending.slice(i, i + MAX_BATCH);
        const body = (await this.call(`${this.base()}/v1/querybatch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ queries: chunk.map((c) => c.q) }),
        })) as { results?: BatchResult[] };
        const results = body.results ?? [];
        if (results.length !== chunk.length) throw toolError(`OSV querybatch returned ${results.length} results for ${chunk.length} queries`);
        results.forEach((r, j) => {
          const c = chunk[j]!;
          const set = idsByKey.get(c.key) ?? new Set<string>();
          for (const v of r.vulns ?? []) if (typeof v.id === 'string') set.add(v.id);
          idsByKey.set(c.key, set);
          if (r.next_page_token) next.push({ key: c.key, q: { ...c.q, page_token: r.next_page_token } });
        });
      }
      pending = next;
    }
    const ids = [...new Set([...idsByKey.values()].flatMap((s) => [...s]))];
    const records = new Map<string, OsvRecord>();
    const limit = Math.max(1, this.opts.concurrency ?? 16);
    let cursor = 0;
    const worker = async () => {
      while (cursor < ids.length) {
        const id = ids[cursor++]!;
        const rec = (await this.call(`${this.base()}/v1/vulns/${encodeURIComponent(id)}`)) as OsvRecord;
        if (rec && typeof rec.id === 'string') records.set(id, rec);
        else this.info.skipped++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, ids.length) }, worker));
    const out = new Map<string, OsvRecord[]>();
    let newest = '';
    for (const [key, set] of idsByKey) {
      const list = [...set].map((id) => records.get(id)).filter((r): r is OsvRecord => !!r);
      for (const r of list) if (r.modified && r.modified > newest) newest = r.modified;
      if (list.length) out.set(key, list);
    }
    this.info = { ...this.info, records: records.size, date: newest || undefined };
    return out;
  }
}

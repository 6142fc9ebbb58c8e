import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for api.osv.dev on 127.0.0.1: `POST /v1/querybatch` (ids only, at most 1000
 * queries, per-result pagination when a package has more than `pageSize` hits) and
 * `GET /v1/vulns/{id}`. It can fail the first N requests with a status, to exercise retries.
 */
export interface FakeOsv {
  url: string;
  requests: { method: string; path: string; queries?: number }[];
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startFakeOsv(records: { id: string; modified?: string; affected?: { package?: { name?: string; ecosystem?: string } }[] }[], opts: { pageSize?: number; failFirst?: number; failStatus?: number; delayMs?: number } = {}): Promise<FakeOsv> {
  const requests: FakeOsv['requests'] = [];
  let failures = opts.failFirst ?? 0;
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const body = (req: IncomingMessage) =>
    new Promise<string>((res) => {
      let s = '';
      req.on('data', (c) => (s += c));
      req.on('end', () => res(s));
    });
  const server: Server = createServer(async (req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      const path = req.url ?? '';
      const text = req.method === 'POST' ? await body(req) : '';
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (failures > 0) {
        failures--;
        requests.push({ method: req.method!, path });
        res.writeHead(opts.failStatus ?? 503).end('try later');
        return;
      }
      if (req.method === 'POST' && path === '/v1/querybatch') {
        const q = JSON.parse(text) as { queries: { package: { name: string; ecosystem: string }; version: string; page_token?: string }[] };
        requests.push({ method: 'POST', path, queries: q.queries.length });
        if (q.queries.length > 1000) {
          res.writeHead(400).end('too many queries');
          return;
        }
        const results = q.queries.map((query) => {
          const hits = records.filter((r) => r.affected?.some((a) => a.package?.name === query.package.name && a.package?.ecosystem === query.package.ecosystem));
          const size = opts.pageSize ?? 1000;
          const start = query.page_token ? Number(query.page_token) : 0;
          const page = hits.slice(start, start + size).map((r) => ({ id: r.id, modified: r.modified ?? '2024-01-01T00:00:00Z' }));
          return { ...(page.length ? { vulns: page } : {}), ...(start + size < hits.length ? { next_page_token: String(start + size) } : {}) };
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
        return;
      }
      const m = /^\/v1\/vulns\/(.+)$/.exec(path);
      requests.push({ method: req.method!, path });
      const rec = m ? records.find((r) => r.id === decodeURIComponent(m[1]!)) : undefined;
      if (req.method === 'GET' && rec) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rec));
      else res.writeHead(404).end('{}');
    } finally {
      inFlight--;
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

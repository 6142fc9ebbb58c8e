import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync, zipSync } from 'fflate';
import { readBody, sendJson } from './http-util.js';

/**
 * A fake of the Actions results service that `@actions/artifact` 6 talks to inside a runner:
 * the twirp ArtifactService (CreateArtifact, FinalizeArtifact, ListArtifacts) plus the Azure
 * block-blob PUTs its upload makes against the signed URL. Uploaded zips are kept so tests can
 * read what a bundle stored.
 */

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  finalized: boolean;
  /** sha256:<hex> reported by the client at finalize time. */
  hash?: string;
  zip: Buffer;
  createdAt: string;
}

export interface FakeResults {
  /** Use as ACTIONS_RESULTS_URL. */
  url: string;
  artifacts: StoredArtifact[];
  /** The files inside a stored artifact's zip, by path (the latest of that name, or of that run). */
  files(name: string, runBackendId?: string): Record<string, Buffer>;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/**
 * An unsigned JWT of the shape the runner hands actions; `@actions/artifact` only decodes it to
 * read the run and job backend ids from its `scp` claim.
 */
export function fakeRuntimeToken(runBackendId = 'run-1', jobBackendId = 'job-1'): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}

export function readZip(zip: Buffer): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(zip))).map(([k, v]) => [k, Buffer.from(v)]));
}

/** A zip of the given files, e.g. a hand-made (malformed) artifact for the publisher. */
export function makeZip(files: Record<string, string | Buffer>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new Uint8Array(typeof v === 'string' ? Buffer.from(v) : v)]))));
}

export async function startFakeResults(): Promise<FakeResults> {
  let nextId = 5000;
  const blocks = new Map<string, Map<string, Buffer>>();
  const fake: FakeResults = {
    url: '',
    artifacts: [],
    files(name, runBackendId) {
      const a = fake.artifacts.findLast((x) => x.name === name && x.finalized && (!runBackendId || x.workflowRunBackendId === runBackendId));
      if (!a) throw new Error(`no finalized artifact named ${name}; have: ${fake.artifacts.map((x) => x.name).join(', ') || 'none'}`);
      return readZip(a.zip);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const azureHeaders = () => ({
    etag: `"0x${createHash('md5').update(String(Math.random())).digest('hex').slice(0, 16)}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': String(nextId++),
    'x-ms-version': '2024-11-04',
    'x-ms-request-server-encrypted': 'true',
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
      const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
      const runId = String(body.workflow_run_backend_id ?? body.workflowRunBackendId ?? '');
      const jobId = String(body.workflow_job_run_backend_id ?? body.workflowJobRunBackendId ?? '');
      switch (url.pathname.slice(SERVICE.length)) {
        case 'CreateArtifact': {
          const name = String(body.name);
          if (fake.artifacts.some((a) => a.name === name && a.workflowRunBackendId === runId && a.finalized)) {
            return sendJson(res, 409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` });
          }
          const a: StoredArtifact = { id: nextId++, name, workflowRunBackendId: runId, workflowJobRunBackendId: jobId, finalized: false, zip: Buffer.alloc(0), createdAt: new Date().toISOString() };
          fake.artifacts.push(a);
          return sendJson(res, 200, { ok: true, signed_upload_url: `${fake.url}/blob/${a.id}?sig=fake` });
        }
        case 'FinalizeArtifact': {
          const a = fake.artifacts.find((x) => x.name === body.name && x.workflowRunBackendId === runId && !x.finalized);
          if (!a) return sendJson(res, 404, { code: 'not_found', msg: 'artifact not found' });
          a.finalized = true;
          a.hash = (body.hash as string | undefined) ?? undefined;
          return sendJson(res, 200, { ok: true, artifact_id: String(a.id) });
        }
        case 'ListArtifacts': {
          const nameFilter = body.name_filter as string | undefined;
          const list = fake.artifacts.filter((a) => a.finalized && a.workflowRunBackendId === runId && (!nameFilter || a.name === nameFilter));
          return sendJson(res, 200, {
            artifacts: list.map((a) => ({
              workflow_run_backend_id: a.workflowRunBackendId,
              workflow_job_run_backend_id: a.workflowJobRunBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.zip.length),
              created_at: a.createdAt,
            })),
          });
        }
        default:
          return sendJson(res, 404, { code: 'bad_route', msg: `no handler for ${url.pathname}` });
      }
    }
    const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PUT' && blob) {
      const a = fake.artifacts.find((x) => x.id === Number(blob[1]));
      if (!a) return sendJson(res, 404, { error: 'BlobNotFound' });
      const staged = blocks.get(blob[1]!) ?? new Map<string, Buffer>();
      blocks.set(blob[1]!, staged);
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        staged.set(url.searchParams.get('blockid') ?? '', raw);
      } else if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!);
        a.zip = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      } else {
        a.zip = raw; // single-shot Put Blob
      }
      res.writeHead(201, { ...azureHeaders(), 'content-length': '0' });
      res.end();
      return;
    }
    sendJson(res, 404, { error: `unexpected ${req.method} ${url.pathname}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(e) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

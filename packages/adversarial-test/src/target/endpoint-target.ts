import { toolError, usageError } from '@mlguard/core';
import type { Clock, Fetch, Logger } from '@mlguard/core';
import type { OutputKind } from '../criterion.js';
import { inferOutputKind } from './onnx-target.js';
import type { Target } from './target.js';

/**
 * A deployed model behind HTTP, attacked black-box. Request and response shapes for KServe v1
 * (TF-Serving's REST `instances`/`predictions`), KServe v2 (Open Inference Protocol) and a custom
 * JSON template. Only hosts the user lists are contacted, rows are batched per request, requests
 * are rate-limited, and every failure (timeout, HTTP error, malformed JSON) stops the run with a
 * clear error instead of counting as a prediction.
 */
export type EndpointFormat = 'kserve-v1' | 'kserve-v2' | 'tf-serving' | 'custom';

export interface EndpointOptions {
  url: string;
  format: EndpointFormat;
  allowedHosts: string[];
  /** Full header value, e.g. `Bearer <token>`; from a secret. */
  auth?: string;
  authHeader: string;
  batchSize: number;
  /** Requests per second; 0 = unlimited. */
  rateLimit: number;
  timeoutMs: number;
  outputKind: OutputKind | 'auto';
  /** KServe v2 input tensor name. */
  inputName: string;
  /** Custom format: request body template with the placeholder {{rows}}. */
  requestTemplate?: string;
  /** Custom format (and v2 output name): dotted path to the scores in the response, e.g. `result.scores`. */
  responsePath?: string;
  features: number;
  probe: Float32Array;
  fetch: Fetch;
  clock: Clock;
  log: Logger;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function checkAllowedHost(url: string, allowed: string[]): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw usageError(`endpoint is not a valid URL: ${url}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw usageError(`endpoint must be http(s), got ${u.protocol}`);
  if (!allowed.some((h) => h === u.host || h === u.hostname)) {
    throw usageError(`endpoint host ${u.host} is not in endpoint-allowed-hosts`, { hint: `add "${u.host}" to endpoint-allowed-hosts if you own this endpoint; mlguard never attacks hosts you did not list` });
  }
  return u;
}

function pick(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(part)] : (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function rowsOf(x: Float32Array, n: number, d: number): number[][] {
  return Array.from({ length: n }, (_, r) => Array.from(x.subarray(r * d, (r + 1) * d)));
}

function buildBody(o: EndpointOptions, rows: number[][]): string {
  switch (o.format) {
    case 'kserve-v1':
    case 'tf-serving':
      return JSON.stringify({ instances: rows });
    case 'kserve-v2':
      return JSON.stringify({ inputs: [{ name: o.inputName, shape: [rows.length, o.features], datatype: 'FP32', data: rows.flat() }] });
    case 'custom':
      return o.requestTemplate!.replace('{{rows}}', JSON.stringify(rows));
  }
}

/** Scores as rows of numbers; a malformed answer throws. */
function parseScores(o: EndpointOptions, body: unknown, n: number): number[][] {
  let raw: unknown;
  if (o.format === 'kserve-v2') {
    const outputs = pick(body, 'outputs');
    if (!Array.isArray(outputs) || !outputs.length) throw new Error('no `outputs` array');
    const out = (o.responsePath ? outputs.find((t) => (t as { name?: string }).name === o.responsePath) : outputs[0]) as { shape?: number[]; data?: unknown } | undefined;
    if (!out || !Array.isArray(out.data)) throw new Error('output tensor without `data`');
    const k = out.shape && out.shape.length > 1 ? out.shape.slice(1).reduce((a, b) => a * b, 1) : 1;
    if (out.data.length !== n * k) throw new Error(`output has ${out.data.length} values for ${n} rows`);
    raw = Array.from({ length: n }, (_, r) => (out.data as unknown[]).slice(r * k, (r + 1) * k));
  } else raw = pick(body, o.format === 'custom' ? (o.responsePath ?? 'predictions') : 'predictions');
  if (!Array.isArray(raw)) throw new Error(`no scores array at ${o.format === 'custom' ? o.responsePath : 'predictions'}`);
  if (raw.length !== n) throw new Error(`${raw.length} predictions for ${n} rows`);
  return raw.map((row, r) => {
    const vals = Array.isArray(row) ? row : [row];
    if (!vals.length || !vals.every((v) => typeof v === 'number' && Number.isFinite(v))) throw new Error(`prediction ${r} is not a list of finite numbers`);
    return vals as number[];
  });
}

export async function endpointTarget(o: EndpointOptions): Promise<Target> {
  const url = checkAllowedHost(o.url, o.allowedHosts);
  if (o.format === 'custom' && !o.requestTemplate?.includes('{{rows}}')) throw usageError('endpoint-format custom needs endpoint-request-template containing {{rows}}');
  let last = 0;
  let requests = 0;
  const call = async (rows: number[][]): Promise<number[][]> => {
    if (o.rateLimit > 0) {
      const wait = last + 1000 / o.rateLimit - o.clock.now().getTime();
      if (wait > 0) await sleep(wait);
    }
    for (let attempt = 0; ; attempt++) {
      last = o.clock.now().getTime();
      requests++;
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), o.timeoutMs);
      let res: Response;
      let text: string;
      try {
        res = await o.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(o.auth ? { [o.authHeader]: o.auth } : {}) },
          body: buildBody(o, rows),
          signal: ctrl.signal,
        });
        text = await res.text();
      } catch (e) {
        const aborted = ctrl.signal.aborted;
        throw toolError(aborted ? `endpoint ${url.host} did not answer within ${o.timeoutMs / 1000} s` : `endpoint ${url.host} request failed: ${(e as Error).message}`, { hint: 'check that the endpoint is up, or raise endpoint-timeout' });
      } finally {
        clearTimeout(timer);
      }
      if ((res.status === 429 || res.status === 503) && attempt < 2) {
        // back off and retry only what the server marks as temporary
        await sleep(200 * 2 ** attempt);
        continue;
      }
      if (!res.ok) throw toolError(`endpoint ${url.host} answered HTTP ${res.status}: ${text.slice(0, 200)}`, { hint: res.status === 401 || res.status === 403 ? 'set endpoint-auth from a secret' : 'the model server failed; check its logs' });
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw toolError(`endpoint ${url.host} returned malformed JSON: ${text.slice(0, 120)}`);
      }
      try {
        return parseScores(o, body, rows.length);
      } catch (e) {
        throw toolError(`endpoint ${url.host} returned an unexpected response: ${(e as Error).message}`, { hint: `endpoint-format is ${o.format}; set it (or endpoint-response-path) to match the server` });
      }
    }
  };
  const predictRaw = async (x: Float32Array, n: number): Promise<number[][]> => {
    const out: number[][] = [];
    for (let at = 0; at < n; at += o.batchSize) out.push(...(await call(rowsOf(x.subarray(at * o.features), Math.min(o.batchSize, n - at), o.features))));
    return out;
  };

  const probeRows = await predictRaw(o.probe, o.probe.length / o.features);
  const width = probeRows[0]?.length ?? 1;
  const integral = probeRows.every((r) => r.length === 1 && Number.isInteger(r[0]));
  const flat = Float32Array.from(probeRows.flat());
  const kind: OutputKind = o.outputKind !== 'auto' ? o.outputKind : integral ? 'label' : inferOutputKind(flat, probeRows.length, width);
  const classes = kind === 'label' ? Math.max(2, ...probeRows.map((r) => r[0]! + 1)) : width === 1 ? 2 : width;

  // never echo credentials embedded in the URL into reports
  const shown = new URL(url.href);
  shown.username = '';
  shown.password = '';
  return {
    description: shown.href,
    backend: `http ${o.format}`,
    d: o.features,
    classes,
    output: kind,
    info: { endpoint: { host: url.host, format: o.format, batchSize: o.batchSize, rateLimit: o.rateLimit }, output: { kind, columns: width } },
    get requests() {
      return requests;
    },
    async predict(x, n) {
      const rows = await predictRaw(x, n);
      const out = new Float32Array(n * classes);
      rows.forEach((row, r) => {
        if (kind === 'label') {
          const c = row[0]!;
          if (!Number.isInteger(c) || c < 0 || c >= classes) throw toolError(`endpoint returned label ${c}, outside 0..${classes - 1}`);
          out[r * classes + c] = 1;
        } else if (width === 1) {
          out[r * 2] = kind === 'probabilities' ? 1 - row[0]! : 0;
          out[r * 2 + 1] = row[0]!;
        } else {
          if (row.length !== width) throw toolError(`endpoint returned ${row.length} scores for a row, expected ${width}`);
          for (let c = 0; c < width; c++) out[r * classes + c] = row[c]!;
        }
      });
      return out;
    },
    async release() {},
  } as Target;
}

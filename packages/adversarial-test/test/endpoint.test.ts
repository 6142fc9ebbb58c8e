/** @jest-environment ./packages/adversarial-test/test/ort-environment.cjs */
import { jest, afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMlguardError, systemClock } from '@mlguard/core';
import { evaluateRobustness } from '../src/evaluate.js';
import { fraudData, mlpModel, trainMlp } from '../src/synthetic.js';
import { endpointTarget } from '../src/target/endpoint-target.js';
import type { EndpointOptions } from '../src/target/endpoint-target.js';
import type { Target } from '../src/target/target.js';
import { clock, config, evalSetOf, log, targetOf } from './helpers.js';

// attacks on real models, sharing two cores with the rest of the suite: allow more than the default 60 s
jest.setTimeout(300_000);

const layers = trainMlp(fraudData(1500, 8, 21), 12, 2, 5, { epochs: 40 });
const bytes = mlpModel(layers, { outputs: 'both' });
const { set, space } = evalSetOf(fraudData(120, 8, 22));
const sample = Array.from({ length: set.n }, (_, i) => i);

type Mode = 'v1' | 'v2' | 'custom' | 'label' | 'malformed' | 'error500' | 'hang' | 'wrong-count';
let local: Target;
let server: Server;
let base: string;
const seen = { requests: 0, auth: [] as (string | undefined)[], maxRows: 0 };

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const mode = (req.url ?? '').split('/')[1] as Mode;
  seen.requests++;
  seen.auth.push(req.headers['authorization']);
  if (mode === 'hang') return; // never answers
  if (mode === 'error500') {
    res.writeHead(500).end('model crashed');
    return;
  }
  if (mode === 'malformed') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"predictions": [[0.1, 0.9]');
    return;
  }
  const b = (await body(req)) as { instances?: number[][]; inputs?: { data: number[]; shape: number[] }[]; rows?: number[][] };
  const rows = b.instances ?? b.rows ?? Array.from({ length: b.inputs![0]!.shape[0]! }, (_, r) => b.inputs![0]!.data.slice(r * 8, (r + 1) * 8));
  seen.maxRows = Math.max(seen.maxRows, rows.length);
  const scores = await local.predict(Float32Array.from(rows.flat()), rows.length);
  const out = rows.map((_, r) => [scores[2 * r]!, scores[2 * r + 1]!]);
  const json =
    mode === 'v2'
      ? { model_name: 'fraud', outputs: [{ name: 'logits', shape: [rows.length, 2], datatype: 'FP32', data: out.flat() }] }
      : mode === 'custom'
        ? { result: { scores: out } }
        : mode === 'label'
          ? { predictions: out.map((s) => (s[1]! > s[0]! ? 1 : 0)) }
          : mode === 'wrong-count'
            ? { predictions: out.slice(1) }
            : { predictions: out };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
}

beforeAll(async () => {
  local = await targetOf(bytes, set);
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await local.release();
});

function endpoint(path: string, over: Partial<EndpointOptions> = {}): Promise<Target> {
  return endpointTarget({
    url: `${base}/${path}`,
    format: 'kserve-v1',
    allowedHosts: [new URL(base).host],
    authHeader: 'Authorization',
    auth: 'Bearer s3cret',
    batchSize: 50,
    rateLimit: 0,
    timeoutMs: 2000,
    outputKind: 'auto',
    inputName: 'input-0',
    features: 8,
    probe: set.x.subarray(0, 16 * 8),
    fetch: (u, i) => fetch(u, i),
    clock: systemClock,
    log,
    ...over,
  });
}

const crit = (t: Target) => ({ kind: 'untargeted' as const, positive: 1, classes: 2, output: t.output });

describe('endpoint mode against a local HTTP model server', () => {
  it('agrees with the in-process run (KServe v1, v2 and a custom template), batching and sending auth', async () => {
    const cfg = config({ eps: [0.05, 0.1], attacks: ['square', 'simba'], budgetQueries: 150 });
    const inProcess = await evaluateRobustness(local, space, crit(local), set, sample, cfg, clock, log);
    for (const [path, over] of [
      ['v1', {}],
      ['v2', { format: 'kserve-v2' as const, responsePath: 'logits' }],
      ['custom', { format: 'custom' as const, requestTemplate: '{"rows": {{rows}}}', responsePath: 'result.scores' }],
    ] as const) {
      const t = await endpoint(path, over);
      expect(t.output).toBe('logits');
      const remote = await evaluateRobustness(t, space, crit(t), set, sample, cfg, clock, log);
      expect(remote.perEps.map((e) => e.robustAccuracy)).toEqual(inProcess.perEps.map((e) => e.robustAccuracy));
      expect(remote.totalQueries).toBe(inProcess.totalQueries);
    }
    expect(seen.maxRows).toBeLessThanOrEqual(50);
    expect(seen.maxRows).toBeGreaterThan(1);
    expect(new Set(seen.auth)).toEqual(new Set(['Bearer s3cret']));
  });

  it('attacks a label-only endpoint with HopSkipJump', async () => {
    const t = await endpoint('label');
    expect(t.output).toBe('label');
    const r = await evaluateRobustness(t, space, crit(t), set, sample.slice(0, 30), config({ eps: [0.1], attacks: ['hopskipjump'], budgetQueries: 300 }), clock, log);
    expect(r.minimalNorm!.found).toBeGreaterThan(0);
  });

  it('rate-limits requests', async () => {
    const t = await endpoint('v1', { rateLimit: 20, batchSize: 8 });
    const start = Date.now();
    await t.predict(set.x.subarray(0, 40 * 8), 40); // 5 requests at 20/s: at least 4 gaps of 50 ms
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
  });

  const failures: [string, Partial<EndpointOptions>, RegExp][] = [
    ['malformed', {}, /returned malformed JSON/],
    ['error500', {}, /answered HTTP 500: model crashed/],
    ['hang', { timeoutMs: 300 }, /did not answer within 0.3 s/],
    ['wrong-count', {}, /unexpected response: 15 predictions for 16 rows/],
  ];
  for (const [path, over, message] of failures) {
    it(`fails clearly when the endpoint ${path === 'hang' ? 'times out' : `returns ${path}`}`, async () => {
      const e = await endpoint(path, over).catch((err: unknown) => err);
      expect(isMlguardError(e)).toBe(true);
      expect((e as Error).message).toMatch(message);
    });
  }

  it('refuses hosts that are not allowed', async () => {
    const e = await endpoint('v1', { allowedHosts: ['models.internal.example'] }).catch((err: unknown) => err);
    expect(isMlguardError(e)).toBe(true);
    expect((e as Error).message).toMatch(/is not in endpoint-allowed-hosts/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { startFakeGitHub, type FakeGitHub } from '../src/index.js';

const SHA = 'a'.repeat(40);
let fake: FakeGitHub;

async function api(method: string, path: string, body?: unknown, token = 'ghs_test'): Promise<{ status: number; json: Record<string, unknown> & unknown[]; headers: Headers }> {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {}, headers: res.headers };
}

const annotation = (i: number) => ({ path: 'src/a.py', start_line: i + 1, end_line: i + 1, annotation_level: 'failure', message: `m${i}` });

beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

describe('OpenAPI validation', () => {
  it('rejects a path that is not in GitHub\'s REST API with 404 and records it', async () => {
    const r = await api('POST', '/repos/octo-org/ml-repo/check-runz', { name: 'x' });
    expect(r.status).toBe(404);
    expect(fake.validationErrors[0]).toMatch(/not an operation/);
  });

  it('rejects a body that does not match the operation schema with 422', async () => {
    const r = await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'x', head_sha: SHA, status: 'running' });
    expect(r.status).toBe(422);
    expect(fake.validationErrors[0]).toMatch(/checks\/create: body\/status must be equal to one of the allowed values/);
    expect(fake.checkRuns).toHaveLength(0);
  });

  it('rejects an annotation level the API does not know', async () => {
    const r = await api('POST', '/repos/octo-org/ml-repo/check-runs', {
      name: 'x', head_sha: SHA, output: { title: 't', summary: 's', annotations: [{ ...annotation(0), annotation_level: 'error' }] },
    });
    expect(r.status).toBe(422);
  });

  it('requires authentication and the configured repository', async () => {
    expect((await api('GET', '/repos/octo-org/ml-repo/issues/1/comments', undefined, '')).status).toBe(401);
    expect((await api('GET', '/repos/someone/else/issues/1/comments')).status).toBe(404);
  });
});

describe('check runs', () => {
  it('creates, appends annotations across updates and completes', async () => {
    const created = await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'mlguard/dep-scan', head_sha: SHA, status: 'in_progress' });
    expect(created.status).toBe(201);
    const id = created.json.id as number;
    for (const batch of [50, 50, 20]) {
      const r = await api('PATCH', `/repos/octo-org/ml-repo/check-runs/${id}`, {
        output: { title: 't', summary: 's', annotations: Array.from({ length: batch }, (_, i) => annotation(i)) },
      });
      expect(r.status).toBe(200);
    }
    const done = await api('PATCH', `/repos/octo-org/ml-repo/check-runs/${id}`, { conclusion: 'failure', output: { title: 'done', summary: 'final' } });
    expect(done.json).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(fake.checkRuns[0]!.annotations).toHaveLength(120);
    expect(fake.checkRuns[0]!.annotationBatches).toEqual([0, 50, 50, 20, 0]);
    expect(fake.checkRuns[0]!.output.summary).toBe('final');
  });

  it('answers 422 to more than 50 annotations in one request and keeps the run unchanged', async () => {
    const { json } = await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'n', head_sha: SHA });
    const r = await api('PATCH', `/repos/octo-org/ml-repo/check-runs/${json.id as number}`, {
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) },
    });
    expect(r.status).toBe(422);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(0);
  });

  it('answers 422 to a summary over 65,535 characters and to a non-SHA head', async () => {
    expect((await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'n', head_sha: SHA, output: { title: 't', summary: 'x'.repeat(65_536) } })).status).toBe(422);
    expect((await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'n', head_sha: SHA, output: { title: 't', summary: 'x'.repeat(65_535) } })).status).toBe(201);
    expect((await api('POST', '/repos/octo-org/ml-repo/check-runs', { name: 'n', head_sha: 'main' })).status).toBe(422);
  });
});

describe('issue comments', () => {
  it('paginates with a Link header', async () => {
    for (let i = 0; i < 35; i++) fake.addComment(7, `c${i}`, 'someone');
    const p1 = await api('GET', '/repos/octo-org/ml-repo/issues/7/comments?per_page=30');
    expect(p1.json).toHaveLength(30);
    expect(p1.headers.get('link')).toMatch(/page=2>; rel="next"/);
    const p2 = await api('GET', '/repos/octo-org/ml-repo/issues/7/comments?per_page=30&page=2');
    expect(p2.json).toHaveLength(5);
    expect(p2.headers.get('link')).toBeNull();
  });

  it('creates as the bot, updates in place and enforces 65,536 characters', async () => {
    const c = await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'hello' });
    expect(c.json.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });
    await api('PATCH', `/repos/octo-org/ml-repo/issues/comments/${c.json.id as number}`, { body: 'updated' });
    expect(fake.comments.map((x) => x.body)).toEqual(['updated']);
    const big = await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'x'.repeat(65_537) });
    expect(big.status).toBe(422);
    expect(JSON.stringify(big.json)).toMatch(/maximum is 65536/);
  });
});

describe('commit statuses and SARIF', () => {
  it('limits a status description to 140 characters', async () => {
    expect((await api('POST', `/repos/octo-org/ml-repo/statuses/${SHA}`, { state: 'success', context: 'mlguard/x', description: 'd'.repeat(141) })).status).toBe(422);
    expect((await api('POST', `/repos/octo-org/ml-repo/statuses/${SHA}`, { state: 'success', context: 'mlguard/x', description: 'd'.repeat(140) })).status).toBe(201);
    expect(fake.statuses).toHaveLength(1);
  });

  it('decodes gzip+base64 SARIF and enforces 25,000 results per run', async () => {
    const enc = (o: unknown) => gzipSync(JSON.stringify(o)).toString('base64');
    const ok = await api('POST', '/repos/octo-org/ml-repo/code-scanning/sarifs', { commit_sha: SHA, ref: 'refs/heads/main', sarif: enc({ version: '2.1.0', runs: [{ results: [{}] }] }) });
    expect(ok.status).toBe(202);
    expect(fake.sarifUploads[0]!.sarif.runs[0]!.results).toHaveLength(1);
    const tooMany = await api('POST', '/repos/octo-org/ml-repo/code-scanning/sarifs', {
      commit_sha: SHA, ref: 'refs/heads/main', sarif: enc({ version: '2.1.0', runs: [{ results: Array.from({ length: 25_001 }, () => ({})) }] }),
    });
    expect(tooMany.status).toBe(422);
    const notGzip = await api('POST', '/repos/octo-org/ml-repo/code-scanning/sarifs', { commit_sha: SHA, ref: 'refs/heads/main', sarif: Buffer.from('{}').toString('base64') });
    expect(notGzip.status).toBe(400);
  });
});

describe('modes', () => {
  it('fork mode answers 403 to every write but serves reads', async () => {
    fake.fork = true;
    const w = await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'x' });
    expect(w.status).toBe(403);
    expect(w.json.message).toBe('Resource not accessible by integration');
    expect((await api('GET', '/repos/octo-org/ml-repo/issues/7/comments')).status).toBe(200);
    expect(fake.calls.map((c) => c.injected)).toEqual(['fork', undefined]);
  });

  it('injects 429 with retry-after and 500 on the next N matching calls', async () => {
    fake.failNext(1, 429, { retryAfter: 2 });
    fake.failNext(2, 500, { match: (c) => c.operationId === 'issues/create-comment' });
    const limited = await api('GET', '/repos/octo-org/ml-repo/issues/7/comments');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await api('GET', '/repos/octo-org/ml-repo/issues/7/comments')).status).toBe(200);
    expect((await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'x' })).status).toBe(500);
    expect((await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'x' })).status).toBe(500);
    expect((await api('POST', '/repos/octo-org/ml-repo/issues/7/comments', { body: 'x' })).status).toBe(201);
  });

  it('hang mode never answers', async () => {
    fake.hangNext(1);
    const outcome = await fetch(`${fake.url}/repos/octo-org/ml-repo/issues/7/comments`, { headers: { authorization: 'token t' }, signal: AbortSignal.timeout(300) })
      .then(() => 'answered')
      .catch((e: Error) => e.name);
    expect(outcome).toBe('TimeoutError');
    expect(fake.calls[0]).toMatchObject({ injected: 'hang', status: 0 });
  });

  it('serves run artifacts through list and a redirect to the blob', async () => {
    const art = fake.addRunArtifact(99, 'mlguard-dep-scan', Buffer.from('PK-zip-bytes'));
    const list = await api('GET', '/repos/octo-org/ml-repo/actions/runs/99/artifacts');
    expect(list.json).toMatchObject({ total_count: 1, artifacts: [{ id: art.id, name: 'mlguard-dep-scan', size_in_bytes: 12 }] });
    const redirect = await api('GET', `/repos/octo-org/ml-repo/actions/artifacts/${art.id}/zip`);
    expect(redirect.status).toBe(302);
    const blob = await fetch(redirect.headers.get('location')!);
    expect(Buffer.from(await blob.arrayBuffer()).toString()).toBe('PK-zip-bytes');
  });
});

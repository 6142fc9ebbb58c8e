import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { fakeRuntimeToken, makeZip, readZip, startFakeResults, type FakeResults } from '../src/index.js';

let fake: FakeResults;
beforeEach(async () => {
  fake = await startFakeResults();
});
afterEach(async () => {
  await fake.close();
});

const twirp = async (method: string, body: unknown) => {
  const res = await fetch(`${fake.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
};

it('creates, receives blocks, commits the block list, finalizes and lists an artifact', async () => {
  const ids = { workflow_run_backend_id: 'r1', workflow_job_run_backend_id: 'j1' };
  const created = await twirp('CreateArtifact', { ...ids, name: 'mlguard-x', version: 7 });
  expect(created.json.ok).toBe(true);
  const url = String(created.json.signed_upload_url);
  const zip = makeZip({ 'a.json': '{"x":1}', 'b.sarif': '{}' });
  const half = Math.floor(zip.length / 2);
  for (const [id, part] of [['AAA=', zip.subarray(0, half)], ['AAE=', zip.subarray(half)]] as const) {
    const put = await fetch(`${url}&comp=block&blockid=${encodeURIComponent(id)}`, { method: 'PUT', body: part });
    expect(put.status).toBe(201);
  }
  const commit = await fetch(`${url}&comp=blocklist`, { method: 'PUT', body: '<?xml version="1.0"?><BlockList><Latest>AAA=</Latest><Latest>AAE=</Latest></BlockList>' });
  expect(commit.status).toBe(201);
  expect(commit.headers.get('etag')).toBeTruthy();
  const fin = await twirp('FinalizeArtifact', { ...ids, name: 'mlguard-x', size: String(zip.length) });
  expect(fin.json).toMatchObject({ ok: true });
  expect(readZip(fake.artifacts[0]!.zip)['a.json']!.toString()).toBe('{"x":1}');
  expect(Object.keys(fake.files('mlguard-x', 'r1')).sort()).toEqual(['a.json', 'b.sarif']);
  const list = await twirp('ListArtifacts', ids);
  expect(list.json.artifacts).toEqual([expect.objectContaining({ name: 'mlguard-x', database_id: String(fake.artifacts[0]!.id) })]);
  // Names are unique within a run.
  expect((await twirp('CreateArtifact', { ...ids, name: 'mlguard-x', version: 7 })).status).toBe(409);
  expect((await twirp('ListArtifacts', { workflow_run_backend_id: 'other', workflow_job_run_backend_id: 'j' })).json.artifacts).toEqual([]);
});

it('builds the runner token the artifact client decodes', () => {
  const [, payload] = fakeRuntimeToken('run-9', 'job-3').split('.');
  expect(JSON.parse(Buffer.from(payload!, 'base64url').toString()).scp).toContain('Actions.Results:run-9:job-3');
});

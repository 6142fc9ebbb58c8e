import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '@mlguard/testkit';
import { ApiTimeoutError, createGitHubClient } from '../src/client.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
}, 5000);
afterEach(async () => {
  await fake.close();
}, 5000);

const client = async (over: Partial<Parameters<typeof createGitHubClient>[1]> = {}) =>
  createGitHubClient('t', { apiUrl: fake.url, timeoutMs: 500, retryBaseMs: 10, retries: 2, writeIntervalMs: 0, ...over });

it('times out a hanging call, then fails later calls at once', async () => {
  fake.hangNext(Infinity);
  const gh = await client();
  const t0 = Date.now();
  await expect(gh.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 })).rejects.toBeInstanceOf(ApiTimeoutError);
  expect(Date.now() - t0).toBeLessThan(3000);
  await expect(gh.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 })).rejects.toThrow(/earlier call/);
  expect(fake.calls).toHaveLength(1);
}, 5000);

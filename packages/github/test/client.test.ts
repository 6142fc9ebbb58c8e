import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '@mlguard/testkit';
import { ApiTimeoutError, createGitHubClient } from '../src/client.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
}, 30_000);
afterEach(async () => {
  await fake.close();
}, 30_000);

const client = async (over: Partial<Parameters<typeof createGitHubClient>[1]> = {}) =>
  createGitHubClient('t', { apiUrl: fake.url, timeoutMs: 500, retryBaseMs: 10, retries: 2, writeIntervalMs: 0, ...over });

it('times out a hanging call, then fails later calls at once', async () => {
  fake.hangNext(Infinity);
  const gh = await client();
  await expect(gh.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 })).rejects.toBeInstanceOf(ApiTimeoutError);
  await expect(gh.rest.issues.listComments({ owner: 'octo-org', repo: 'ml-repo', issue_number: 1 })).rejects.toThrow(/earlier call/);
  expect(fake.calls).toHaveLength(1);
}, 30_000);

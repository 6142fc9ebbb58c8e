import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, pushEvent, workflowRunEvent } from '@mlguard/testkit';
import { isMlguardError } from '@mlguard/core';
import { readRunContext } from '../src/context.js';

const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
function envFor(eventName: string, event: unknown, extra: Record<string, string> = {}) {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, typeof event === 'string' ? event : JSON.stringify(event));
  return { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'octo-org/ml-repo', GITHUB_SHA: SHAS.merge, GITHUB_RUN_ID: '12', GITHUB_WORKSPACE: dir, ...extra };
}

describe('readRunContext', () => {
  it('uses the PR head SHA, not the merge SHA, on pull_request', () => {
    const ctx = readRunContext(envFor('pull_request', pullRequestEvent({ number: 42 })));
    expect(ctx).toMatchObject({ headSha: SHAS.head, sha: SHAS.merge, baseSha: SHAS.base, prNumber: 42, isFork: false, isPush: false });
    expect(ctx.runUrl).toBe('https://github.com/octo-org/ml-repo/actions/runs/12');
  });

  it('detects a fork by the head repository, and a deleted fork too', () => {
    expect(readRunContext(envFor('pull_request', pullRequestEvent({ fork: true }))).isFork).toBe(true);
    const gone = pullRequestEvent();
    ((gone.pull_request as { head: { repo: unknown } }).head).repo = null;
    expect(readRunContext(envFor('pull_request', gone)).isFork).toBe(true);
    const caseOnly = pullRequestEvent({ repository: 'Octo-Org/ML-Repo' });
    expect(readRunContext(envFor('pull_request', caseOnly)).isFork).toBe(false);
  });

  it('uses the pushed commit on push and the run head on workflow_run', () => {
    expect(readRunContext(envFor('push', pushEvent(), { GITHUB_SHA: SHAS.push }))).toMatchObject({ headSha: SHAS.push, isPush: true, isFork: false });
    expect(readRunContext(envFor('push', pushEvent(), { GITHUB_SHA: SHAS.push })).prNumber).toBeUndefined();
    expect(readRunContext(envFor('workflow_run', workflowRunEvent({ runId: 5, headSha: SHAS.head }))).headSha).toBe(SHAS.head);
  });

  it.each([
    ['not JSON', '{"pull_request": ', /not valid JSON/],
    ['not an object', '[1,2]', /not a JSON object/],
  ])('a corrupt event file (%s) is a usage error', (_n, text, pattern) => {
    let error: unknown;
    try {
      readRunContext(envFor('pull_request', text));
    } catch (e) {
      error = e;
    }
    expect(isMlguardError(error) && error.exitCode).toBe(2);
    expect(String((error as Error).message)).toMatch(pattern);
  });

  it('a missing event file or environment is a usage error', () => {
    expect(() => readRunContext({ ...envFor('push', pushEvent()), GITHUB_EVENT_PATH: join(dir, 'nope.json') })).toThrow(/cannot read the event payload: ENOENT/);
    expect(() => readRunContext({})).toThrow(/GITHUB_EVENT_NAME is not set/);
    expect(() => readRunContext({ ...envFor('push', pushEvent()), GITHUB_REPOSITORY: 'nope' })).toThrow(/expected owner\/name/);
  });
});

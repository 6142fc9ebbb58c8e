import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import {
  SHAS,
  pullRequestEvent,
  pushEvent,
  runBundle,
  startFakeGitHub,
  startFakeResults,
  type BundleRun,
  type FakeGitHub,
  type FakeResults,
  type RunBundleOptions,
} from '@mlguard/testkit';
import { bundleTestEntry } from './support/bundle.js';
import { findings, workspaceWith, type FixtureFinding } from './support/replay.js';
import { sarifSchemaErrors } from '../../packages/core/test/support/sarif-schema.js';

/**
 * The action runtime end to end: the replay test tool, bundled like a dist bundle, run as the
 * runner runs it against the fake GitHub API and the fake results service.
 */

let bundle: string;
let fake: FakeGitHub;
let results: FakeResults;

beforeAll(async () => {
  bundle = await bundleTestEntry('test/fixtures/replay-tool/index.ts');
  results = await startFakeResults();
});
afterAll(async () => {
  await results.close();
});
beforeEach(async () => {
  await fake?.close();
  fake = await startFakeGitHub();
});
afterAll(async () => {
  await fake?.close();
});

const TOKEN = 'ghs_e2eTokenValue123';

async function run(list: FixtureFinding[], o: Omit<RunBundleOptions, 'fake' | 'results'> & { files?: Record<string, string> } = {}): Promise<BundleRun> {
  const workspace = o.workspace ?? (await workspaceWith(list, o.files));
  return runBundle(bundle, { event: pullRequestEvent(), ...o, workspace, fake, results, inputs: { findings: 'findings.json', token: TOKEN, ...o.inputs } });
}

const annotations = (r: BundleRun, level: string) => r.commands.filter((c) => c.command === level && c.properties.file);
/** Channel warnings (annotations of findings carry a file). */
const warnings = (r: BundleRun) => r.commands.filter((c) => c.command === 'warning' && !c.properties.file);
const noStackTrace = (r: BundleRun) => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(r.stderr).not.toMatch(/Error:|node:internal/);
};

describe('120 findings on a same-repo pull request', () => {
  it('annotates 10 errors + one overflow notice, batches check-run annotations 50/50/20, keeps one sticky comment', async () => {
    const list = findings(120, 'high');
    const first = await run(list);
    expect(first.exitCode).toBe(1);
    expect(annotations(first, 'error')).toHaveLength(10);
    const notices = first.commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^110 more findings not shown as annotations .*see the job summary, the check run mlguard\/data-check/);
    expect(first.commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(first.stdout).toMatch(/^mlguard\/data-check: policy gate failed: 120 blocking findings \(fail-on high\)$/m);

    expect(fake.checkRuns).toHaveLength(1);
    const check = fake.checkRuns[0]!;
    expect(check).toMatchObject({ name: 'mlguard/data-check', head_sha: SHAS.head, status: 'completed', conclusion: 'failure' });
    expect(check.annotationBatches).toEqual([0, 50, 50, 20, 0]);
    expect(first.calls.filter((c) => c.operationId?.startsWith('checks/')).map((c) => `${c.operationId} ${c.status}`)).toEqual([
      'checks/create 201',
      'checks/update 200',
      'checks/update 200',
      'checks/update 200',
      'checks/update 200',
    ]);
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body.startsWith('<!-- mlguard:data-check -->')).toBe(true);
    expect(fake.validationErrors).toEqual([]);

    const second = await run(list);
    expect(second.exitCode).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expect(second.calls.filter((c) => c.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(second.calls.filter((c) => c.operationId === 'issues/create-comment')).toHaveLength(0);
    expect(fake.validationErrors).toEqual([]);
  });

  it('on a fork PR exits with the gate code after skipping each 403 channel with one warning', async () => {
    fake.fork = true;
    const r = await run(findings(120, 'high'), { event: pullRequestEvent({ fork: true }), inputs: { 'commit-status': 'true', 'upload-sarif': 'true' } });
    expect(r.exitCode).toBe(1);
    const w = warnings(r).map((c) => c.message);
    expect(w).toHaveLength(4);
    for (const [channel, permission] of [
      ['check run', 'checks: write'],
      ['PR comment', 'pull-requests: write'],
      ['commit status', 'statuses: write'],
      ['SARIF upload', 'security-events: write'],
    ]) {
      expect(w.filter((m) => m.startsWith(`mlguard: skipped the ${channel}: HTTP 403 Resource not accessible by integration (it needs ${permission}; fork pull requests`))).toHaveLength(1);
    }
    expect(annotations(r, 'error')).toHaveLength(10);
    expect(r.summary).toContain('mlguard/data-check');
    expect(r.outputs.passed).toBe('false');
    expect(fake.checkRuns).toHaveLength(0);
    expect(fake.comments).toHaveLength(0);
    // Every write attempt was answered by the fork rule; no channel retried a 403.
    expect(r.calls.filter((c) => c.method !== 'GET').every((c) => c.injected === 'fork')).toBe(true);
    expect(r.calls.filter((c) => c.method !== 'GET')).toHaveLength(4);
    // The result still travels as an artifact for the workflow_run publisher.
    const stored = JSON.parse(results.files('mlguard-data-check', r.artifactRun)['mlguard-data-check.json']!.toString('utf8'));
    expect(stored.context).toMatchObject({ repository: 'octo-org/ml-repo', sha: SHAS.head, pullRequest: 7 });
    noStackTrace(r);
  });
});

describe('matrix: event x policy', () => {
  const events = {
    'same-repo PR': { event: pullRequestEvent(), sha: SHAS.head, fork: false, pr: true },
    'fork PR': { event: pullRequestEvent({ fork: true }), sha: SHAS.head, fork: true, pr: true },
    push: { event: pushEvent(), sha: SHAS.push, fork: false, pr: false },
  } as const;
  const policies = {
    passing: { list: [...findings(3, 'low'), ...findings(2, 'medium', 'm')], inputs: {}, exit: 0, passed: 'true', blocking: '0', conclusion: 'success' },
    failing: { list: [...findings(3, 'critical'), ...findings(2, 'low', 'l')], inputs: {}, exit: 1, passed: 'false', blocking: '3', conclusion: 'failure' },
    'warn-only': { list: [...findings(3, 'critical'), ...findings(2, 'low', 'l')], inputs: { 'warn-only': 'true' }, exit: 0, passed: 'true', blocking: '3', conclusion: 'neutral' },
  } as const;

  for (const [eventName, ev] of Object.entries(events)) {
    for (const [policyName, p] of Object.entries(policies)) {
      it(`${eventName} x ${policyName}`, async () => {
        fake.fork = ev.fork;
        const r = await run([...p.list], { event: ev.event, inputs: p.inputs });
        expect(r.exitCode).toBe(p.exit);
        noStackTrace(r);

        // Outputs
        expect(r.outputs).toMatchObject({ passed: p.passed, findings: '5', blocking: p.blocking, replayed: '5' });
        expect(existsSync(r.outputs['result-file']!)).toBe(true);
        const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
        expect(sarifSchemaErrors(sarif)).toEqual([]);

        // Annotation lines: one per finding at its level, never an overflow notice here.
        const levels = r.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.title?.startsWith('mlguard/data-check DATA-'));
        expect(levels).toHaveLength(5);
        expect(levels.every((c) => c.properties.file === 'data/train.csv')).toBe(true);
        expect(r.commands.filter((c) => c.command === 'notice' && !c.properties.file)).toEqual([]);

        // Summary
        expect(r.summary).toContain('mlguard/data-check');
        expect(r.summary.length).toBeGreaterThan(100);

        // API calls
        const writes = r.calls.filter((c) => c.method !== 'GET');
        if (ev.fork) {
          expect(writes.every((c) => c.injected === 'fork')).toBe(true);
          expect(warnings(r).map((c) => c.message.replace(/:.*/, ''))).toEqual(['mlguard', 'mlguard']);
          expect(fake.checkRuns).toHaveLength(0);
        } else {
          expect(warnings(r)).toEqual([]);
          expect(fake.checkRuns).toHaveLength(1);
          expect(fake.checkRuns[0]).toMatchObject({ head_sha: ev.sha, conclusion: p.conclusion, status: 'completed' });
          expect(fake.checkRuns[0]!.annotations).toHaveLength(5);
          expect(fake.comments).toHaveLength(ev.pr ? 1 : 0);
        }
        if (!ev.pr) expect(r.calls.some((c) => c.operationId?.startsWith('issues/'))).toBe(false);
        expect(fake.validationErrors).toEqual([]);

        // Artifact contents
        const files = results.files('mlguard-data-check', r.artifactRun);
        expect(Object.keys(files).sort()).toEqual(['mlguard-data-check.json', 'mlguard-data-check.sarif']);
        const stored = JSON.parse(files['mlguard-data-check.json']!.toString('utf8'));
        expect(stored.gate).toMatchObject({ passed: p.passed === 'true', blocking: Number(p.blocking) });
        expect(stored.context.sha).toBe(ev.sha);
        expect(stored.context.pullRequest).toBe(ev.pr ? 7 : undefined);
      });
    }
  }
});

describe('findings in the files a pull request changes come first', () => {
  it('within each severity, on stdout and in the check run', async () => {
    const list = [...findings(12, 'high', 'old'), ...findings(3, 'high', 'new').map((f) => ({ ...f, location: { path: 'src/changed.py', startLine: 1 } }))];
    fake.setPullFiles(7, ['README.md', 'src/changed.py', ...Array.from({ length: 120 }, (_, i) => `other/${i}.txt`)]);
    const r = await run(list);
    expect(r.calls.filter((c) => c.operationId === 'pulls/list-files')).toHaveLength(2);
    const shown = annotations(r, 'error').map((c) => c.properties.file);
    expect(shown).toHaveLength(10);
    expect(shown.slice(0, 3)).toEqual(['src/changed.py', 'src/changed.py', 'src/changed.py']);
    expect(fake.checkRuns[0]!.annotations.slice(0, 3).map((a) => a.path)).toEqual(['src/changed.py', 'src/changed.py', 'src/changed.py']);
    expect(fake.validationErrors).toEqual([]);
  });
});

describe('GitHub size limits on a large result', () => {
  it('keeps every channel within its limit', async () => {
    const long = 'x'.repeat(400);
    const list = Array.from({ length: 6000 }, (_, i) => ({
      ruleId: 'DATA-TEST-002',
      severity: (['critical', 'high', 'medium', 'low'] as const)[i % 4]!,
      title: `finding ${i} ${long.slice(0, 80)}`,
      message: `message ${i} ${long}`,
      location: { path: `data/part-${i % 50}.csv`, startLine: i + 1 },
    }));
    const r = await run(list, { inputs: { 'upload-sarif': 'true', 'commit-status': 'true' } });
    expect(r.exitCode).toBe(1);
    // The only warning is core's SARIF cap: no channel was skipped.
    expect(warnings(r).map((c) => c.message)).toEqual(['SARIF for data-check: kept the 5000 most severe of 6000 results (GitHub keeps at most 5000 per run)']);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    const check = fake.checkRuns[0]!;
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535);
    // At most 1,000 check-run annotations (20 requests of 50), the most severe ones.
    expect(check.annotations).toHaveLength(1000);
    expect(check.annotationBatches.every((n) => n <= 50)).toBe(true);
    expect(check.annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(fake.comments[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(fake.sarifUploads[0]!.sarif.runs[0]!.results!.length).toBeLessThanOrEqual(5000);
    expect(fake.validationErrors).toEqual([]);
    expect(annotations(r, 'error')).toHaveLength(10);
    expect(annotations(r, 'warning')).toHaveLength(10);
    expect(r.commands.filter((c) => c.command === 'notice' && c.properties.file)).toHaveLength(9);
  });
});

describe('untrusted text is harmless on every channel', () => {
  const evil = 'pwned %0A::error::injected\n::warning file=x::second <img src=x onerror=alert(1)> @org/team [link](https://evil.example) #1';
  const evilTitle = 'title, with: %0A commas <b>bold</b> @org/team';

  it('stdout, check run, PR comment, job summary, SARIF, commit status', async () => {
    const list: FixtureFinding[] = [
      { ruleId: 'DATA-PII-001', severity: 'critical', title: evilTitle, message: evil, location: { path: 'data/a,b:c%.csv', startLine: 3 } },
    ];
    const r = await run(list, { inputs: { 'commit-status': 'true', 'upload-sarif': 'true' } });
    expect(r.exitCode).toBe(1);
    noStackTrace(r);

    // stdout: exactly one error command, and it round-trips the text as data.
    const cmds = r.commands.filter((c) => !['debug', 'add-mask'].includes(c.command));
    expect(cmds.map((c) => c.command)).toEqual(['error']);
    expect(cmds[0]!.message).toBe(`[critical] ${evil}`);
    expect(cmds[0]!.properties.file).toBe('data/a,b:c%.csv');
    expect(cmds[0]!.properties.title).toBe(`mlguard/data-check DATA-PII-001: ${evilTitle}`);
    // No line the runner would read as a command other than ours.
    const commandLines = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('::'));
    expect(commandLines.filter((l) => !/^::(debug|add-mask)::/.test(l))).toHaveLength(1);

    const markdownIsInert = (md: string) => {
      expect(md).not.toMatch(/<img|<b>/i);
      expect(md).not.toMatch(/(^|[^\w\u2060])@org\/team/);
      expect(md).not.toMatch(/\]\(https:\/\/evil/);
      expect(md).not.toMatch(/^::/m);
    };
    // Check run: summary Markdown is inert; annotation text is plain text, kept verbatim.
    const check = fake.checkRuns[0]!;
    markdownIsInert(check.output.summary!);
    expect(check.annotations[0]!.message).toBe(`[critical] ${evil}`);
    expect(check.annotations[0]!.path).toBe('data/a,b:c%.csv');
    // PR comment and job summary.
    expect(fake.comments).toHaveLength(1);
    markdownIsInert(fake.comments[0]!.body);
    markdownIsInert(r.summary);
    expect(r.summary).toContain('pwned');
    // SARIF: valid, text carried as JSON data.
    expect(fake.sarifUploads).toHaveLength(1);
    expect(sarifSchemaErrors(fake.sarifUploads[0]!.sarif)).toEqual([]);
    expect(JSON.stringify(fake.sarifUploads[0]!.sarif)).toContain(JSON.stringify(evil).slice(1, -1));
    // Commit status: counts only, within 140 characters.
    expect(fake.statuses).toHaveLength(1);
    expect(fake.statuses[0]!.description!.length).toBeLessThanOrEqual(140);
    expect(fake.statuses[0]!.description).not.toMatch(/pwned|@org|<img/);
    expect(fake.validationErrors).toEqual([]);
  });
});

describe('bad input never crashes with a stack trace', () => {
  const oneErrorLine = (r: BundleRun, pattern: RegExp) => {
    const errors = r.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(pattern);
    noStackTrace(r);
  };

  it('missing required input', async () => {
    const r = await run(findings(1, 'high'), { inputs: { findings: '' } });
    expect(r.exitCode).toBe(2);
    oneErrorLine(r, /input findings is required/);
  });

  it('unreadable config file', async () => {
    const r = await run(findings(1, 'high'), { inputs: { config: 'does/not/exist.yml' } });
    expect(r.exitCode).toBe(2);
    oneErrorLine(r, /exist\.yml/);
  });

  it('invalid YAML config gives file:line, annotated on that line', async () => {
    const r = await run(findings(1, 'high'), { files: { '.github/mlguard.yml': 'policy:\n  fail-on: [high\n' } });
    expect(r.exitCode).toBe(2);
    oneErrorLine(r, /\.github\/mlguard\.yml:\d+/);
    const error = r.commands.find((c) => c.command === 'error')!;
    expect(error.properties.file).toBe('.github/mlguard.yml');
    expect(Number(error.properties.line)).toBeGreaterThan(0);
  });

  it('unknown config key', async () => {
    const r = await run(findings(1, 'high'), { files: { '.github/mlguard.yml': 'policy:\n  fail-onn: high\n' } });
    expect(r.exitCode).toBe(2);
    oneErrorLine(r, /fail-onn/);
  });

  it('invalid input value', async () => {
    const r = await run(findings(1, 'high'), { inputs: { 'fail-on': 'hihg' } });
    expect(r.exitCode).toBe(2);
    oneErrorLine(r, /fail-on.*hihg/);
  });

  it('event file that is not JSON, and a missing event file', async () => {
    const corrupt = await run(findings(1, 'high'), { event: '{"pull_request": ', eventName: 'pull_request' });
    expect(corrupt.exitCode).toBe(2);
    oneErrorLine(corrupt, /event payload is not valid JSON/);
    const missing = await run(findings(1, 'high'), { event: null, eventName: 'pull_request' });
    expect(missing.exitCode).toBe(2);
    oneErrorLine(missing, /cannot read the event payload/);
  });

  it('a GitHub API that hangs: one timeout, every API channel skipped with a warning, exit code from the gate', async () => {
    fake.hangNext(Infinity);
    // runBundle kills a process still running after 20 s (exit code -1): the step must end by itself.
    const r = await run(findings(3, 'high'), { env: { MLGUARD_API_TIMEOUT_MS: '1500' }, timeoutMs: 20_000 });
    expect(r.exitCode).toBe(1);
    const w = warnings(r).map((c) => c.message);
    // The first call (the PR's changed files) times out; every channel after it is skipped at once.
    expect(w).toEqual([
      'mlguard: skipped the check run: the GitHub API did not answer an earlier call within 1500 ms (it needs checks: write)',
      'mlguard: skipped the PR comment: the GitHub API did not answer an earlier call within 1500 ms (it needs pull-requests: write)',
    ]);
    expect(r.calls.map((c) => c.operationId)).toEqual(['pulls/list-files']);
    expect(annotations(r, 'error')).toHaveLength(3);
    noStackTrace(r);
  });

  it('429 then success is retried', async () => {
    fake.failNext(1, 429, { retryAfter: 1, match: (c) => c.operationId === 'checks/create' });
    const r = await run(findings(2, 'high'));
    expect(r.exitCode).toBe(1);
    expect(warnings(r)).toEqual([]);
    expect(r.calls.filter((c) => c.operationId === 'checks/create').map((c) => `${c.operationId} ${c.status}`)).toEqual(['checks/create 429', 'checks/create 201']);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
  });

  it('500 on one channel: retried, then skipped with a warning; the others still publish', async () => {
    fake.failNext(100, 500, { match: (c) => c.operationId === 'checks/create' });
    const r = await run(findings(2, 'high'), { env: { MLGUARD_API_RETRIES: '2' } });
    expect(r.exitCode).toBe(1);
    expect(r.calls.filter((c) => c.operationId === 'checks/create').map((c) => c.status)).toEqual([500, 500, 500]);
    expect(warnings(r).map((c) => c.message)).toEqual(['mlguard: skipped the check run: HTTP 500 Server Error (it needs checks: write)']);
    expect(fake.comments).toHaveLength(1);
    noStackTrace(r);
  });

  it('a refused annotation batch (422) does not stop the check run from completing', async () => {
    fake.failNext(1, 422, { match: (c) => c.operationId === 'checks/update' });
    const list = [...findings(60, 'high'), { ...findings(1, 'high', 'outside')[0]!, location: { path: '../outside.txt', startLine: 1 } }];
    const r = await run(list);
    expect(r.exitCode).toBe(1);
    expect(warnings(r)).toEqual([]);
    const check = fake.checkRuns[0]!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // The path outside the repository is never sent; of 60, the first batch of 50 was refused.
    expect(check.annotations).toHaveLength(10);
    expect(check.output.text).toBe('GitHub refused 50 annotations; they are in the SARIF file and the result artifact.');
  });

  it('a check run that fails midway is still completed, then skipped with a warning', async () => {
    fake.failNext(100, 500, { match: (c) => c.operationId === 'checks/update' && !(c.body as { conclusion?: string }).conclusion });
    const r = await run(findings(5, 'high'), { env: { MLGUARD_API_RETRIES: '1' } });
    expect(r.exitCode).toBe(1);
    expect(warnings(r).map((c) => c.message)).toEqual(['mlguard: skipped the check run: HTTP 500 Server Error (it needs checks: write)']);
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('a comment with the marker by someone else is never edited', async () => {
    const spoof = fake.addComment(7, '<!-- mlguard:data-check -->\nfake results', 'mallory', 'User');
    const r = await run(findings(1, 'high'));
    expect(r.exitCode).toBe(1);
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments.find((c) => c.id === spoof.id)!.body).toBe('<!-- mlguard:data-check -->\nfake results');
  });

  it('with an app token (no GET /user), updates the bot comment and never a user comment', async () => {
    fake.addComment(7, '<!-- mlguard:data-check -->\nspoof', 'mallory', 'User');
    const app = fake.addComment(7, '<!-- mlguard:data-check -->\nold', 'mlguard-app[bot]', 'Bot');
    const r = await run(findings(1, 'high'));
    expect(r.exitCode).toBe(1);
    expect(r.calls.filter((c) => c.operationId === 'issues/update-comment').map((c) => c.path)).toEqual([`/repos/octo-org/ml-repo/issues/comments/${app.id}`]);
    expect(fake.comments).toHaveLength(2);
  });

  it('with a personal token, matches the token user\'s own comment', async () => {
    await fake.close();
    fake = await startFakeGitHub({ tokenUser: 'alice' });
    const bot = fake.addComment(7, '<!-- mlguard:data-check -->\nbot', 'github-actions[bot]', 'Bot');
    const mine = fake.addComment(7, '<!-- mlguard:data-check -->\nalice', 'alice', 'User');
    await run(findings(1, 'high'));
    expect(fake.comments.find((c) => c.id === mine.id)!.body).not.toContain('\nalice');
    expect(fake.comments.find((c) => c.id === bot.id)!.body).toContain('\nbot');
  });

  it('finds its sticky comment on a later page of a long thread', async () => {
    for (let i = 0; i < 130; i++) fake.addComment(7, `discussion ${i}`, 'someone', 'User');
    const mine = fake.addComment(7, '<!-- mlguard:data-check -->\nold report');
    const r = await run(findings(1, 'high'));
    expect(r.exitCode).toBe(1);
    expect(r.calls.filter((c) => c.operationId === 'issues/list-comments').map((c) => c.query.page ?? '1')).toEqual(['1', '2']);
    expect(fake.comments).toHaveLength(131);
    expect(fake.comments.find((c) => c.id === mine.id)!.body).not.toContain('old report');
  });

  it('with no token, skips the API channels with one warning and still gates', async () => {
    const r = await run(findings(2, 'high'), { inputs: { token: '' } });
    expect(r.exitCode).toBe(1);
    expect(warnings(r).map((c) => c.message)).toEqual([
      'mlguard: no GitHub token (input token is empty): skipped the check run, PR comment, commit status and SARIF upload',
    ]);
    expect(r.calls).toEqual([]);
    expect(annotations(r, 'error')).toHaveLength(2);
  });

  it('pr-comment on-failure posts nothing when the gate passes; never posts nothing at all', async () => {
    const passing = await run(findings(2, 'low'), { inputs: { 'pr-comment': 'on-failure' } });
    expect(passing.exitCode).toBe(0);
    expect(fake.comments).toHaveLength(0);
    const never = await run(findings(2, 'high'), { inputs: { 'pr-comment': 'never' } });
    expect(never.exitCode).toBe(1);
    expect(never.calls.some((c) => c.operationId?.startsWith('issues/'))).toBe(false);
  });

  it('the token is masked', async () => {
    const r = await run(findings(1, 'high'));
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
  });
});

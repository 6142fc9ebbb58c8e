import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { executeTool, makeFinding, nodeFileSystem, noNetwork, systemClock, type Severity, type ToolName, type ToolSpec } from '@mlguard/core';
import { startFakeGitHub, type FakeGitHub } from '@mlguard/testkit';
import { bundleFakeCli, runBundle, type Ran } from './support/run.js';

/*
 * `mlguard publish` end to end: the CLI bundled as dist/cli is (with fake tools, which publish
 * never runs), result files written by core's pipeline exactly as `mlguard <tool>` writes them,
 * and the fake GitHub API validating every request against GitHub's OpenAPI description.
 */

const TOKEN = 'ghp_publishTestToken0123456789abcdefABCDEF';
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const REPO_FLAG = 'octo-org/ml-repo';

let cli: string;
let ws: string;
let fake: FakeGitHub;

/** A result file (relative to the workspace) as `mlguard <tool>` writes it, with `n` findings of `severity` (relative paths). */
async function resultFile(tool: ToolName, n: number, severity: Severity = 'high'): Promise<string> {
  const spec: ToolSpec = {
    tool,
    description: 'test tool',
    options: [],
    async run() {
      const findings = Array.from({ length: n }, (_, i) =>
        makeFinding({ tool, ruleId: 'TEST-001', severity, title: `finding ${i}`, message: `message ${i}`, location: { path: `data/file${i % 7}.csv`, startLine: i + 1 }, logicalKey: `k${i}` }),
      );
      return { target: 'data/', findings, metrics: {} };
    },
  };
  const quiet = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };
  const run = await executeTool(spec, { get: () => undefined, describe: (o) => o }, { workspace: ws, fs: nodeFileSystem(ws), log: quiet, clock: systemClock, fetch: noNetwork });
  return relative(ws, resolve(ws, run.resultFile));
}

const publish = (args: string[], env: Record<string, string> = {}): Promise<Ran> =>
  runBundle(cli, ['publish', '--repo', REPO_FLAG, '--sha', SHA, '--api-url', fake.url, ...args], {
    cwd: ws,
    env: { GITHUB_TOKEN: TOKEN, MLGUARD_API_WRITE_INTERVAL_MS: '0', MLGUARD_API_RETRY_BASE_MS: '5', ...env },
  });

const warnings = (r: Ran) => r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
const noToken = (r: Ran) => expect(`${r.stdout}${r.stderr}`).not.toContain(TOKEN);

beforeAll(async () => {
  cli = await bundleFakeCli();
});
beforeEach(async () => {
  await fake?.close();
  fake = await startFakeGitHub();
  ws = await mkdtemp(join(tmpdir(), 'mlguard-publish-'));
});
afterAll(async () => {
  await fake?.close();
});

describe('mlguard publish', () => {
  it('creates a check run with 120 annotations in three batches, the summary and the gate conclusion', async () => {
    const file = await resultFile('dep-scan', 120, 'high');
    const r = await publish([file]);
    expect(r.code).toBe(1);
    expect(fake.checkRuns).toHaveLength(1);
    const run = fake.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'mlguard/dep-scan', head_sha: SHA, status: 'completed', conclusion: 'failure' });
    expect(run.annotations).toHaveLength(120);
    expect(run.annotationBatches.filter((n) => n > 0)).toEqual([50, 50, 20]);
    expect(run.output.title).toBe('120 blocking findings (fail-on high)');
    expect(run.output.summary).toMatch(/mlguard\/dep-scan/);
    expect(run.output.summary).toMatch(/finding 0/);
    expect(fake.comments).toHaveLength(0);
    expect(fake.validationErrors).toEqual([]);
    expect(warnings(r)).toEqual([]);
    expect(r.stderr).toMatch(/mlguard-dep-scan\.json: mlguard\/dep-scan gate failed \(120 blocking\); check run \d+ with 120 annotations/);
    noToken(r);
  });

  it('updates the sticky PR comment in place on a second publish, one comment per tool', async () => {
    const dep = await resultFile('dep-scan', 3, 'low');
    const iac = await resultFile('iac-scan', 2, 'critical');
    const first = await publish(['--pr', '7', dep, iac]);
    expect(first.code).toBe(1); // iac-scan's gate failed, dep-scan's passed
    expect(fake.comments.map((c) => c.issue_number)).toEqual([7, 7]);
    expect(fake.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([
      ['mlguard/dep-scan', 'success'],
      ['mlguard/iac-scan', 'failure'],
    ]);
    const again = await publish(['--pr', '7', dep, iac]);
    expect(again.code).toBe(1);
    expect(fake.comments).toHaveLength(2);
    expect(fake.callsTo('issues/update-comment')).toHaveLength(2);
    expect(fake.comments.find((c) => c.body.includes('<!-- mlguard:dep-scan -->'))).toBeDefined();
    expect(fake.validationErrors).toEqual([]);
    noToken(first);
    noToken(again);
  });

  it('sets a commit status and uploads SARIF when asked', async () => {
    const file = await resultFile('dep-scan', 2, 'medium');
    const sarif = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'mlguard' } }, results: [] }] });
    await writeFile(join(ws, 'out.sarif'), sarif);
    const r = await publish(['--commit-status', '--upload-sarif', 'out.sarif', '--ref', 'refs/heads/main', '--no-check-run', file]);
    expect(r.code).toBe(0);
    expect(fake.checkRuns).toHaveLength(0);
    expect(fake.statuses).toEqual([expect.objectContaining({ sha: SHA, state: 'success', context: 'mlguard/dep-scan' })]);
    expect(fake.sarifUploads).toHaveLength(1);
    expect(fake.validationErrors).toEqual([]);
  });

  it('skips refused channels with one warning each and exits with the gate\'s code (fork-like 403)', async () => {
    fake.fork = true;
    const failed = await resultFile('dep-scan', 5, 'high');
    const r = await publish(['--pr', '7', '--commit-status', failed]);
    expect(r.code).toBe(1);
    expect(warnings(r)).toEqual([
      expect.stringMatching(/skipped the check run: HTTP 403 Resource not accessible by integration \(it needs checks: write\)$/),
      expect.stringMatching(/skipped the PR comment: HTTP 403 .*\(it needs pull-requests: write\)$/),
      expect.stringMatching(/skipped the commit status: HTTP 403 .*\(it needs statuses: write\)$/),
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const passed = await publish([await resultFile('iac-scan', 1, 'low')]);
    expect(passed.code).toBe(0);
    expect(warnings(passed)).toHaveLength(1);
    expect(fake.validationErrors).toEqual([]);
    noToken(r);
  });

  it('exits 3 when nothing could be published because GitHub is unreachable', async () => {
    const file = await resultFile('dep-scan', 1, 'low');
    fake.failNext(Infinity, 500);
    const r = await publish([file], { MLGUARD_API_RETRIES: '1' });
    expect(r.code).toBe(3);
    expect(warnings(r)).toEqual([expect.stringMatching(/skipped the check run: HTTP 500/)]);
    expect(r.stderr).toMatch(/nothing was published/);
    noToken(r);
  });

  it('rejects an invalid result file with one clean line naming the file, and publishes nothing', async () => {
    const good = await resultFile('dep-scan', 1);
    await writeFile(join(ws, 'tampered.json'), JSON.stringify({ ...JSON.parse(await readFile(join(ws, good), 'utf8')), gate: { passed: 'yes' } }));
    await writeFile(join(ws, 'broken.json'), '{"schemaVersion": ');
    for (const [bad, pattern] of [
      ['tampered.json', /^mlguard: tampered\.json: .*gate/],
      ['broken.json', /^mlguard: broken\.json: not JSON/],
      ['missing.json', /^mlguard: missing\.json: cannot read the file: ENOENT/],
    ] as const) {
      const r = await publish([good, bad]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fake.calls).toHaveLength(0);
  });

  it('reads the token only from the named environment variable and never prints it', async () => {
    const file = await resultFile('dep-scan', 1, 'low');
    const missing = await publish([file], { GITHUB_TOKEN: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^mlguard: no GitHub token: the environment variable GITHUB_TOKEN is empty or unset/);
    const flag = await publish([`--token=${TOKEN}`, file]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^mlguard: unknown option --token \(/);
    const named = await publish(['--token-env', 'GL_GITHUB_TOKEN', '--debug', file], { GITHUB_TOKEN: '', GL_GITHUB_TOKEN: TOKEN });
    expect(named.code).toBe(0);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.calls.every((c) => c.status < 500)).toBe(true);
    for (const r of [missing, flag, named]) noToken(r);
  });

  it('reports usage errors with exit 2 and prints generated help', async () => {
    const file = await resultFile('dep-scan', 1, 'low');
    const cases: Array<[string[], RegExp]> = [
      [['publish', '--sha', SHA, file], /needs --repo/],
      [['publish', '--repo', REPO_FLAG, file], /needs --sha/],
      [['publish', '--repo', REPO_FLAG, '--sha', 'abc', file], /--sha: "abc" is not a full/],
      [['publish', '--repo', REPO_FLAG, '--sha', SHA, '--pr', 'x', file], /--pr: "x"/],
      [['publish', '--repo', REPO_FLAG, '--sha', SHA, '--comment', 'sometimes', file], /--comment: "sometimes"/],
      [['publish', '--repo', REPO_FLAG, '--sha', SHA], /needs one or more result files/],
      [['publish', '--repo', REPO_FLAG, '--sha', SHA, '--no-check-run', file], /nothing to publish/],
    ];
    for (const [args, pattern] of cases) {
      const r = await runBundle(cli, args, { cwd: ws, env: { GITHUB_TOKEN: TOKEN } });
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(pattern)]);
    }
    const help = await runBundle(cli, ['publish', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--repo', '--sha', '--pr', '--token-env', '--api-url', '--comment', '--check-run', '--commit-status', '--upload-sarif']) expect(help.stdout).toContain(flag);
    expect((await runBundle(cli, ['--help'])).stdout).toMatch(/mlguard publish/);
    expect((await runBundle(cli, ['help', 'publish'])).stdout).toMatch(/^Usage: mlguard publish/);
  });
});

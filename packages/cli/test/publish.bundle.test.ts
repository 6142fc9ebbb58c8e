import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeTool, nodeFileSystem, noNetwork, systemClock, makeFinding, type ToolSpec } from '@mlguard/core';
import { startFakeGitHub, type FakeGitHub } from '@mlguard/testkit';
import { REPO, runBundle } from './support/run.js';

/*
 * The committed dist/cli bundle publishes outside GitHub Actions: no @actions/* toolkit is bundled
 * (it reads ACTIONS_* and GITHUB_* at import time), and it runs with nothing but PATH set.
 */

const DIST = join(REPO, 'dist/cli/index.js');
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub();
});
afterAll(async () => {
  await fake.close();
});

describe('mlguard publish in the committed bundle', () => {
  it('bundles no @actions/* module', async () => {
    // The CLI bundle is split per tool (dist/cli/chunks): check every file of it.
    const chunks = await readdir(join(REPO, 'dist/cli/chunks'));
    expect(chunks.length).toBeGreaterThan(0);
    const text = (await Promise.all([DIST, ...chunks.map((c) => join(REPO, 'dist/cli/chunks', c))].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(text).not.toMatch(/node_modules\/@actions\//);
    expect(text).toMatch(/node_modules\/@octokit\/rest\//);
  });

  it('prints its help and publishes a check run with only PATH and the token in the environment', async () => {
    const help = await runBundle(DIST, ['publish', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mlguard publish --repo owner\/name --sha SHA/);
    const ws = await mkdtemp(join(tmpdir(), 'mlguard-publish-dist-'));
    const spec: ToolSpec = {
      tool: 'iac-scan',
      description: 'test tool',
      options: [],
      run: async () => ({ target: '.', findings: [makeFinding({ tool: 'iac-scan', ruleId: 'IAC-1', severity: 'low', title: 't', message: 'm', location: { path: 'main.tf', startLine: 3 }, logicalKey: 'k' })], metrics: {} }),
    };
    const quiet = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };
    await executeTool(spec, { get: () => undefined, describe: (o) => o }, { workspace: ws, fs: nodeFileSystem(ws), log: quiet, clock: systemClock, fetch: noNetwork });
    const r = await runBundle(DIST, ['publish', '--repo', 'octo-org/ml-repo', '--sha', 'b'.repeat(40), '--api-url', fake.url, '--token-env', 'MY_TOKEN', 'mlguard-iac-scan.json'], {
      cwd: ws,
      env: { MY_TOKEN: 'ghs_distTestToken42', MLGUARD_API_WRITE_INTERVAL_MS: '0' },
    });
    expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/mlguard\/iac-scan gate passed; check run \d+ with 1 annotations/)]);
    expect(fake.checkRuns).toEqual([expect.objectContaining({ name: 'mlguard/iac-scan', conclusion: 'success' })]);
    expect(fake.validationErrors).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain('ghs_distTestToken42');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, pushEvent, runBundle, startFakeGitHub, startFakeResults, type BundleRun, type FakeGitHub } from '@mlguard/testkit';
import { REPO_ROOT } from './support/bundle.js';

/**
 * The committed dep-scan bundle run as the runner runs it on a copy of the example project, with
 * the example's offline OSV snapshot (its .github/mlguard.yml): annotations on the requirements
 * and lockfile lines, the check run, and the sticky PR comment with the upgrades to make.
 */

const BUNDLE = join(REPO_ROOT, 'dist/dep-scan/index.js');
const EXAMPLE = join(REPO_ROOT, 'examples/fraud-detection');
const TOKEN = 'ghs_e2eDepScanToken123';
let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await startFakeGitHub();
  workspace = mkdtempSync(join(tmpdir(), 'mlguard-dep-scan-'));
  for (const p of ['requirements.txt', 'requirements-dev.txt', 'environment.yml', 'notebooks', 'dashboard', 'advisories', '.github']) cpSync(join(EXAMPLE, p), join(workspace, p), { recursive: true });
});
afterAll(async () => {
  await fake.close();
});

const noStackTrace = (r: BundleRun) => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/node:internal|TypeError|RuntimeError/);
};
const annotations = (r: BundleRun, level: string) => r.commands.filter((c) => c.command === level && c.properties.file).map((c) => `${c.properties.file}:${c.properties.line}`);

describe('dep-scan action on the example project', () => {
  it('annotates the vulnerable pins, fails the check run and comments the fix versions on a pull request', async () => {
    const r = await runBundle(BUNDLE, { event: pullRequestEvent(), fake, workspace, inputs: { token: TOKEN } });
    noStackTrace(r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs.blocking)).toBeGreaterThanOrEqual(15);
    const errors = annotations(r, 'error');
    expect(errors).toEqual(expect.arrayContaining(['requirements.txt:9', 'requirements.txt:10', 'requirements-dev.txt:4']));
    const torch = r.commands.find((c) => c.properties.file === 'requirements.txt' && c.properties.line === '9')!;
    expect(torch.message).toContain('PYSEC-2022-43015');
    expect(torch.message).toContain('Fixed in 1.13.1');

    const check = fake.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'mlguard/dep-scan', head_sha: SHAS.head, status: 'completed', conclusion: 'failure' });
    const at = check.annotations.map((a) => `${a.path}:${a.start_line}`);
    expect(at).toEqual(expect.arrayContaining(['requirements.txt:8', 'requirements.txt:9', 'requirements.txt:12', 'requirements-dev.txt:4', 'dashboard/package-lock.json:26', 'environment.yml:10']));

    const comment = fake.comments.at(-1)!;
    expect(comment.body).toContain('| torch | 1.13.0 | requirements.txt:9 | PYSEC-2022-43015 | 1.13.1 |');
    expect(comment.body).toMatch(/\| mlflow \| 2\.2\.1 \| requirements\.txt:10 \| .* \| 2\.10\.1 \|/);
    expect(comment.body).toContain('remove (malicious)');
    expect(fake.validationErrors).toEqual([]);

    const result = JSON.parse(readFileSync(join(workspace, 'mlguard-dep-scan.json'), 'utf8'));
    const follow = result.findings.find((f: { ruleId: string }) => f.ruleId === 'GHSA-74fj-2j2h-c42q');
    expect(follow.message).toContain('introduced through axios > follow-redirects');
    expect(result.metrics.database[0]).toMatchObject({ kind: 'directory', location: 'advisories', records: 21 });
  });

  it('passes with warn-only on push, and scope runtime drops the dev-only malicious pin', async () => {
    const r = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, 'warn-only': 'true', scope: 'runtime', 'check-run': 'false', 'pr-comment': 'never' } });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(readFileSync(join(workspace, 'mlguard-dep-scan.json'), 'utf8'));
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('MAL-2022-7426');
    expect(result.metrics.scope).toBe('runtime');
  });

  it('still annotates on a fork pull request whose token cannot write', async () => {
    fake.fork = true;
    try {
      const r = await runBundle(BUNDLE, { event: pullRequestEvent({ fork: true }), fake, workspace, inputs: { token: TOKEN } });
      noStackTrace(r);
      expect(r.exitCode).toBe(1);
      expect(annotations(r, 'error')).toEqual(expect.arrayContaining(['requirements.txt:9']));
    } finally {
      fake.fork = false;
    }
  });

  it('keeps the advisory name index in cache-dir; an unavailable cache service never fails the scan', async () => {
    const results = await startFakeResults();
    try {
      writeFileSync(join(workspace, 'osv.ndjson'), readdirSync(join(workspace, 'advisories')).filter((f) => f.endsWith('.json')).map((f) => JSON.stringify(JSON.parse(readFileSync(join(workspace, 'advisories', f), 'utf8')))).join('\n'));
      const inputs = { token: TOKEN, advisories: 'osv.ndjson', 'cache-dir': '.osv-cache', 'check-run': 'false', 'pr-comment': 'never', artifact: 'false' };
      const r = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, results, inputs });
      noStackTrace(r);
      expect(r.exitCode).toBe(1);
      expect(readdirSync(join(workspace, '.osv-cache')).some((f) => f.startsWith('osv-index-'))).toBe(true);
      const warm = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, results, inputs });
      expect(warm.exitCode).toBe(1);
      const result = JSON.parse(readFileSync(join(workspace, 'mlguard-dep-scan.json'), 'utf8'));
      expect(result.metrics.database[0]).toMatchObject({ kind: 'ndjson', index: 'warm', records: 21 });
    } finally {
      await results.close();
    }
  });

  it('exits 2 with a clear message when the advisory database is missing', async () => {
    const r = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, advisories: 'no/such.zip', 'check-run': 'false', 'pr-comment': 'never' } });
    noStackTrace(r);
    expect(r.exitCode).toBe(2);
    expect(`${r.stdout}${r.stderr}`).toContain('advisory database not found: no/such.zip');
  });
});

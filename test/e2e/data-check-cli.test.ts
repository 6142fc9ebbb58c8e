import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './support/bundle.js';

/** `mlguard data-check` from the committed CLI bundle, as the first acceptance line runs it. */
const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const run = async (args: string[], cwd = REPO_ROOT) => {
  try {
    const r = await promisify(execFile)(process.execPath, [CLI, ...args], { cwd, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('mlguard data-check (CLI bundle)', () => {
  it('validates the example transactions against the reference, reports the planted problems and exits 1 under --fail-on high', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlguard-dc-cli-'));
    try {
      const r = await run(['data-check', '--suite', 'examples/fraud-detection/data/suite.yml', '--fail-on', 'high', '--format', 'json', '--output', join(out, 'r.json'), '--result-file', join(out, 'res.json'), '--sarif-file', join(out, 'r.sarif'), '--report', join(out, 'report.html')]);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.code).toBe(1);
      const result = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
      const titles = result.findings.map((f: { ruleId: string; title: string }) => `${f.ruleId} ${f.title}`);
      expect(titles).toEqual(
        expect.arrayContaining([
          'DATA-EXPECT-001 expect_column_values_to_not_be_null on "device_id" failed',
          'DATA-EXPECT-001 expect_column_values_to_be_between on "amount" failed',
          expect.stringMatching(/^DATA-DRIFT-001 Drift in "amount" \(Wasserstein distance \(normed\) /),
          'DATA-POISON-001 Conflicting labels: 25 groups of identical features (50 rows)',
          'DATA-PII-001 "contact" contains e-mail address values (2455 rows)',
        ]),
      );
      expect(r.stderr).toContain('data-check: drift against the reference');
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<svg');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('profile and suggest sub-commands, and a clear usage error without a dataset', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mlguard-dc-cli-'));
    try {
      const p = await run(['data-check', 'profile', 'examples/fraud-detection/data/reference.csv', '--out', join(out, 'ref.profile.json')]);
      expect(p.code).toBe(0);
      expect(JSON.parse(readFileSync(join(out, 'ref.profile.json'), 'utf8'))).toMatchObject({ mlguard_profile: 1, rowCount: 3000 });
      const s = await run(['data-check', 'suggest', 'examples/fraud-detection/data/reference.csv', '--out', join(out, 'suite.yml')]);
      expect(s.code).toBe(0);
      expect(readFileSync(join(out, 'suite.yml'), 'utf8')).toContain('expect_column_values_to_be_in_set');
      const u = await run(['data-check']);
      expect(u.code).toBe(2);
      expect(u.stderr).toMatch(/no dataset/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

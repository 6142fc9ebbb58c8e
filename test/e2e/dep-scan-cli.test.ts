import { expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './support/bundle.js';

const cli = (args: string[], cwd: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((res) =>
    execFile(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), ...args], { cwd, maxBuffer: 1 << 26 }, (err, stdout, stderr) => res({ code: err ? Number(err.code) : 0, stdout, stderr })),
  );

/** `mlguard dep-scan --advisories <snapshot> --format json examples/fraud-detection` from a checkout root. */
it('the CLI bundle reports the example pins with OSV ids, lines and fixes, and fails the gate', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mlguard-dep-cli-'));
  cpSync(join(REPO_ROOT, 'examples/fraud-detection'), join(cwd, 'examples/fraud-detection'), { recursive: true });
  const { code, stdout } = await cli(['dep-scan', '--advisories', 'examples/fraud-detection/advisories', '--format', 'json', '--fail-on', 'high', 'examples/fraud-detection'], cwd);
  expect(code).toBe(1);
  const result = JSON.parse(stdout) as { findings: { ruleId: string; location: { path: string; startLine: number }; properties: { fixedIn?: string } }[] };
  const got = new Set(result.findings.map((f) => `${f.ruleId}@${f.location.path.replace('examples/fraud-detection/', '')}:${f.location.startLine} ${f.properties.fixedIn ?? ''}`.trim()));
  for (const want of [
    'PYSEC-2022-288@requirements.txt:8 1.2.0',
    'PYSEC-2022-43015@requirements.txt:9 1.13.1',
    'PYSEC-2023-74@requirements.txt:12 2.31.0',
    'MAL-2022-7426@requirements-dev.txt:4',
    'GHSA-35jh-r3h4-6jhm@dashboard/package-lock.json:34 4.17.21',
    'GHSA-74fj-2j2h-c42q@dashboard/package-lock.json:26 1.14.8',
    'GHSA-37q5-v5qm-c9v8@environment.yml:10 4.38.0',
    'DEP-CONF-001@requirements.txt:3',
    'DEP-PIN-001@requirements.txt:16',
    'DEP-TYPO-001@notebooks/explore.ipynb:16',
  ]) {
    expect(got).toContain(want);
  }
  // With only critical blocking and the malicious pin excluded, the same scan passes.
  const relaxed = await cli(['dep-scan', '--advisories', 'examples/fraud-detection/advisories', '--format', 'json', '--fail-on', 'critical', '--exclude', 'examples/fraud-detection/requirements-dev.txt', 'examples/fraud-detection'], cwd);
  expect(relaxed.code).toBe(0);
});

it('the CLI explains a missing advisory source instead of crashing', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mlguard-dep-cli-'));
  const { code, stdout, stderr } = await cli(['dep-scan', '.'], cwd);
  expect(code).toBe(2);
  expect(`${stdout}${stderr}`).toContain('dep-scan needs advisory data');
  expect(stderr).not.toMatch(/^\s+at /m);
});

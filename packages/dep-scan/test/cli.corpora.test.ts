import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { corporaFile } from './corpora-root.js';

/** The command, verbatim apart from the corpora path: the committed CLI bundle on the example. */
it('mlguard dep-scan --advisories <PyPA export> --format json examples/fraud-detection exits 1 under --fail-on high', async () => {
  const root = resolve(import.meta.dirname, '../../..');
  const zip = corporaFile('osv', 'PyPI-pypa-2024-10-10.zip');
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((res) =>
    execFile(process.execPath, [join(root, 'dist/cli/index.js'), 'dep-scan', '--advisories', zip, '--format', 'json', '--fail-on', 'high', '--result-file', join(root, 'node_modules/.cache/mlguard-dep-scan-corpora.json'), '--sarif-file', join(root, 'node_modules/.cache/mlguard-dep-scan-corpora.sarif'), 'examples/fraud-detection'], { cwd: root, maxBuffer: 1 << 26 }, (err, out) =>
      res({ code: err ? Number(err.code) : 0, stdout: out }),
    ),
  );
  expect(code).toBe(1);
  const result = JSON.parse(stdout) as { findings: { ruleId: string; aliases: string[]; location: { path: string; startLine: number }; properties: { fixedIn?: string } }[]; metrics: { database: { records: number }[] } };
  const pysec = result.findings.filter((f) => f.ruleId.startsWith('PYSEC-'));
  expect(pysec.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine} ${f.properties.fixedIn}`)).toEqual(
    expect.arrayContaining([
      'PYSEC-2022-288 examples/fraud-detection/requirements.txt:8 1.2.0',
      'PYSEC-2022-43015 examples/fraud-detection/requirements.txt:9 1.13.1',
      'PYSEC-2023-74 examples/fraud-detection/requirements.txt:12 2.31.0',
      'PYSEC-2021-142 examples/fraud-detection/requirements.txt:14 5.4',
      'PYSEC-2023-62 examples/fraud-detection/requirements.txt:15 2.2.5',
    ]),
  );
  expect(pysec).toHaveLength(16);
  expect(pysec.find((f) => f.ruleId === 'PYSEC-2023-74')!.aliases).toEqual(expect.arrayContaining(['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q']));
  expect(result.metrics.database[0]!.records).toBe(2661);
});

import { resolve } from 'node:path';
import { depScanTool } from '../src/index.js';
import { fakeOptions, fakePorts } from './helpers.js';

const example = resolve(import.meta.dirname, '../../../examples/fraud-detection');

describe('dep-scan on the example project (its offline OSV snapshot)', () => {
  it('reports every planted problem on the line a developer edits', async () => {
    const r = await depScanTool.run(fakeOptions({ paths: ['.'], advisories: ['advisories'] }), fakePorts(example));
    const got = r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}:${f.location?.startLine}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'PYSEC-2022-43015 high requirements.txt:9', // torch 1.13.0, severity unknown -> high (fail closed)
        'PYSEC-2023-260 medium requirements.txt:10', // mlflow, CVSS 3.1 vector scored 5.4
        'MAL-2022-7426 critical requirements-dev.txt:4',
        'GHSA-35jh-r3h4-6jhm high dashboard/package-lock.json:34', // lodash, CVSS 7.2
        'GHSA-74fj-2j2h-c42q high dashboard/package-lock.json:26', // follow-redirects via axios
        'GHSA-wf5p-g6vw-rhxx medium dashboard/package-lock.json:18', // GHSA level MODERATE
        'GHSA-37q5-v5qm-c9v8 low environment.yml:10', // transformers in the conda pip: section
        'DEP-CONF-001 high requirements.txt:3',
        'DEP-PIN-001 low requirements.txt:16',
        'DEP-TYPO-001 medium notebooks/explore.ipynb:16',
        'DEP-CONDA-001 info environment.yml:7',
      ]),
    );
    expect(r.findings.filter((f) => f.properties.package === 'mlflow')).toHaveLength(7);
    expect(new Set(r.findings.map((f) => f.fingerprint)).size).toBe(r.findings.length);
    const torch = r.findings.find((f) => f.ruleId === 'PYSEC-2022-43015')!;
    expect(torch.properties).toMatchObject({ fixedIn: '1.13.1', minimalSafeUpgrade: '1.13.1', direct: true });
    expect(r.metrics).toMatchObject({ files: 5, packagesPerEcosystem: { PyPI: 25, npm: 4 }, unpinned: 3 });
  });
});

import { resolve } from 'node:path';
import { depScanTool } from '../src/index.js';
import { fakeOptions, fakePorts } from './helpers.js';

const example = resolve(import.meta.dirname, '../../../examples/fraud-detection');

describe('dep-scan on the example project (offline snapshot)', () => {
  it('reports the vulnerable pins with OSV ids, lines and fix versions', async () => {
    const r = await depScanTool.run(fakeOptions({ paths: ['.'], advisories: ['advisories'] }), fakePorts(example));
    const brief = r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}:${f.location?.startLine} ${f.title}`).sort();
    console.log(brief.join('\n'));
    console.log(JSON.stringify(r.metrics, null, 1));
    const torch = r.findings.find((f) => f.ruleId === 'PYSEC-2022-43015')!;
    expect(torch.location).toEqual({ path: 'requirements.txt', startLine: 9 });
    expect(torch.properties.fixedIn).toBe('1.13.1');
  });
});

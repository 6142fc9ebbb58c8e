import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'yaml';
import { ACTION_OPTIONS, COMMON_OPTIONS, type Finding } from '@mlguard/core';
import { depScanTool, discover, typosquatOf, advisoryCacheKey } from '../src/index.js';
import { nodeFileSystem } from '@mlguard/core';
import { fakeOptions, fakePorts } from './helpers.js';
import { osv, project } from './tmp-project.js';

const db = [
  osv('PYSEC-T', 'PyPI', 'torch', [{ introduced: '0' }, { fixed: '1.13.1' }], { aliases: ['CVE-2022-45907'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }),
  osv('GHSA-tttt-tttt-tttt', 'PyPI', 'torch', [{ introduced: '0' }, { fixed: '1.13.1' }], { aliases: ['CVE-2022-45907'], database_specific: { severity: 'LOW' } }),
  osv('PYSEC-P', 'PyPI', 'pytest', [{ introduced: '0' }, { fixed: '9.0' }]),
  osv('MAL-2022-7426', 'PyPI', 'pymocks', [{ introduced: '0' }]),
  osv('PYSEC-BADVEC', 'PyPI', 'flask', [{ introduced: '0' }, { fixed: '3.0' }], { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L' }] }),
].join('\n');

async function scan(files: Record<string, string>, opts: Record<string, unknown> = {}) {
  const dir = project({ 'osv.ndjson': db, ...files });
  const r = await depScanTool.run(fakeOptions({ advisories: ['osv.ndjson'], ...opts }), fakePorts(dir));
  return { ...r, dir };
}
const byRule = (fs: Finding[]) => fs.map((f) => `${f.ruleId}:${f.severity}:${f.location?.path}:${f.location?.startLine ?? ''}`).sort();

describe('dep-scan engine', () => {
  it('groups advisories that share aliases into one finding, severity from the scored vector', async () => {
    const r = await scan({ 'requirements.txt': '# ml\ntorch==1.13.0\n' });
    const torch = r.findings.filter((f) => f.properties.package === 'torch');
    expect(torch).toHaveLength(1);
    expect(torch[0]).toMatchObject({ ruleId: 'PYSEC-T', severity: 'critical', location: { path: 'requirements.txt', startLine: 2 } });
    expect(torch[0]!.aliases).toEqual(expect.arrayContaining(['CVE-2022-45907', 'GHSA-tttt-tttt-tttt']));
    expect(torch[0]!.properties).toMatchObject({ cvssScore: 9.8, fixedIn: '1.13.1', minimalSafeUpgrade: '1.13.1', direct: true });
    expect(torch[0]!.help?.uri).toBe('https://osv.dev/vulnerability/PYSEC-T');
  });
  it('makes malicious packages critical, and unknown/invalid severity fail closed per policy', async () => {
    const r = await scan({ 'requirements.txt': 'pymocks==0.0.2\nflask==2.0.0\n' });
    expect(byRule(r.findings)).toEqual(['MAL-2022-7426:critical:requirements.txt:1', 'PYSEC-BADVEC:high:requirements.txt:2']);
    const flask = r.findings.find((f) => f.ruleId === 'PYSEC-BADVEC')!;
    expect(flask.properties).toMatchObject({ severitySource: 'unknown (policy)', invalidCvssVectors: ['CVSS:3.1/AV:N/AC:L'] });
    const lenient = await scan({ 'requirements.txt': 'flask==2.0.0\n' }, { 'unknown-severity': 'medium' });
    expect(lenient.findings[0]!.severity).toBe('medium');
  });
  it('reports unpinned requirements on their own, at the configured severity', async () => {
    const r = await scan({ 'requirements.txt': 'torch>=1.0\n' }, { 'unpinned-severity': 'info' });
    expect(byRule(r.findings)).toEqual(['DEP-PIN-001:info:requirements.txt:1']);
  });
  it('scope runtime leaves dev dependencies out', async () => {
    const files = { 'requirements.txt': 'torch==1.13.0\n', 'requirements-dev.txt': 'pytest==8.0\n' };
    expect(byRule((await scan(files)).findings)).toEqual(['PYSEC-P:high:requirements-dev.txt:1', 'PYSEC-T:critical:requirements.txt:1']);
    expect(byRule((await scan(files, { scope: 'runtime' })).findings)).toEqual(['PYSEC-T:critical:requirements.txt:1']);
  });
  it('honours .gitignore (also of parent folders) and the exclude list', async () => {
    const files = { '.gitignore': 'build/\n', 'app/requirements.txt': 'torch==1.13.0\n', 'app/build/requirements.txt': 'torch==1.13.0\n', 'vendor/requirements.txt': 'torch==1.13.0\n', 'node_modules/x/package-lock.json': '{}' };
    const r = await scan(files, { exclude: ['vendor/'] });
    expect(byRule(r.findings)).toEqual(['PYSEC-T:critical:app/requirements.txt:1']);
    const dir = project(files);
    expect((await discover({ fs: nodeFileSystem(dir), paths: ['app'], exclude: [] })).map((d) => d.path)).toEqual(['app/requirements.txt']);
  });
  it('imports osv-scanner.toml [[IgnoredVulns]] and pip-audit ignore ids as suppressions (alias-aware)', async () => {
    const toml = '[[IgnoredVulns]]\nid = "CVE-2022-45907"\nignoreUntil = 2027-01-31\nreason = "torch.jit is not used"\n';
    const r = await scan({ 'requirements.txt': 'torch==1.13.0\npymocks==0.0.2\n', 'osv-scanner.toml': toml }, { 'ignore-vulns': ['MAL-2022-7426'] });
    const torch = r.findings.find((f) => f.ruleId === 'PYSEC-T')!;
    expect(torch.suppression).toEqual({ id: 'CVE-2022-45907', reason: 'torch.jit is not used', expires: '2027-01-31', source: 'osv-scanner.toml:2' });
    expect(r.findings.find((f) => f.ruleId === 'MAL-2022-7426')!.suppression).toMatchObject({ id: 'MAL-2022-7426', reason: expect.stringContaining('pip-audit') });
  });
  it('flags typosquats and confusables of popular ML packages, not the packages themselves', async () => {
    expect(typosquatOf('PyPI', 'pytorch')?.intended).toBe('torch');
    expect(typosquatOf('PyPI', 'tensorfow')?.intended).toBe('tensorflow');
    expect(typosquatOf('PyPI', 'tensorflow-gpu')).toBeUndefined();
    expect(typosquatOf('PyPI', 'scikit_learn')).toBeUndefined();
    expect(typosquatOf('PyPI', 'numpyy')?.intended).toBe('numpy');
    const r = await scan({ 'requirements.txt': 'pytorch==1.0.2\n' });
    expect(byRule(r.findings)).toEqual(['DEP-TYPO-001:medium:requirements.txt:1']);
  });
  it('scans the lockfile, not the pyproject.toml beside it', async () => {
    const r = await scan({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["torch==1.13.0", "numpy>=1"]\n', 'uv.lock': 'version = 1\n[[package]]\nname = "torch"\nversion = "1.13.0"\nsource = { registry = "https://pypi.org/simple" }\n' });
    expect(byRule(r.findings)).toEqual(['PYSEC-T:critical:uv.lock:3']);
    const alone = await scan({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["torch==1.13.0", "numpy>=1"]\n' });
    expect(byRule(alone.findings)).toEqual(['DEP-PIN-001:low:pyproject.toml:3', 'PYSEC-T:critical:pyproject.toml:3']);
  });
  it('flags --extra-index-url as dependency confusion', async () => {
    const r = await scan({ 'requirements.txt': '--extra-index-url https://download.pytorch.org/whl/cpu\n' });
    expect(byRule(r.findings)).toEqual(['DEP-CONF-001:high:requirements.txt:1']);
  });
  it('records metrics and the database snapshot', async () => {
    const r = await scan({ 'requirements.txt': 'torch==1.13.0\n', 'web/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/lodash': { version: '4.17.20' } } }) });
    expect(r.metrics).toMatchObject({ files: 2, packagesPerEcosystem: { PyPI: 1, npm: 1 }, advisoriesMatched: 1, database: [{ kind: 'ndjson', location: 'osv.ndjson', records: 5 }] });
    expect(r.summaryMarkdown).toContain('| torch | 1.13.0 | requirements.txt:1 | PYSEC-T | 1.13.1 |');
  });
  it('needs an advisory source', async () => {
    const dir = project({ 'requirements.txt': 'torch==1.0\n' });
    await expect(depScanTool.run(fakeOptions({}), fakePorts(dir))).rejects.toThrow(/needs advisory data/);
  });
  it('gives a daily cache key with a restore prefix', () => {
    const k = advisoryCacheKey(new Date('2026-11-26T10:00:00Z'), ['osv/PyPI.zip']);
    expect(k.key).toBe('mlguard-dep-scan-osv-osv_PyPI.zip-2026-11-26');
    expect(k.restoreKeys).toEqual(['mlguard-dep-scan-osv-osv_PyPI.zip-']);
  });
});

describe('hostile inputs give a clear error or a bounded skip', () => {
  it('binary garbage, deep JSON nesting, a YAML alias bomb and broken files: errors naming the file, scan goes on', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const bomb = ['lockfileVersion: 5.4', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 60 }, (_, i) => `b${i}: &b${i} [${Array(9).fill(i ? `*b${i - 1}` : '*a').join(',')}]`), 'packages: {}'].join('\n');
    const r = await scan({
      'requirements.txt': 'torch==1.13.0\n',
      'garbage/requirements.txt': Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00]).toString('latin1'),
      'deep/package-lock.json': deep,
      'deep2/package-lock.json': `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(5000)}{}${'}}'.repeat(5000)}}`,
      'bomb/pnpm-lock.yaml': bomb,
      'broken/poetry.lock': '[[package]\nname = "x"\n',
    });
    const errors = r.findings.filter((f) => f.properties.kind === 'file-error').map((f) => `${f.location?.path}:${f.location?.startLine ?? ''} ${f.message.slice(0, 60)}`);
    expect(errors).toHaveLength(5);
    expect(errors.find((e) => e.startsWith('garbage/'))).toMatch(/binary content/);
    expect(errors.find((e) => e.startsWith('bomb/'))).toMatch(/aliases exceeded|not valid YAML/);
    expect(errors.find((e) => e.startsWith('broken/'))).toMatch(/^broken\/poetry.lock:1 /);
    expect(r.findings.some((f) => f.ruleId === 'PYSEC-T')).toBe(true);
    expect(r.metrics.fileErrors).toBe(5);
    expect(errors.find((e) => e.startsWith('deep2/'))).toMatch(/nested deeper than 200/);
    expect(errors.find((e) => e.startsWith('deep/'))).toMatch(/not a package-lock.json/);
  });
  it('a requirements include loop terminates with a finding', async () => {
    const r = await scan({ 'requirements.txt': '-r other.txt\ntorch==1.13.0\n', 'other.txt': '-r requirements.txt\n' });
    expect(byRule(r.findings)).toEqual(['DEP-PARSE-002:low:other.txt:1', 'PYSEC-T:critical:requirements.txt:2']);
  });
});

describe('action metadata', () => {
  const root = resolve(import.meta.dirname, '../../..');
  it('action.yml declares every common, action and dep-scan option, without defaults except the token', () => {
    const action = yaml.parse(readFileSync(join(root, 'actions/dep-scan/action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { using: string; main: string } };
    const want = [...COMMON_OPTIONS, ...ACTION_OPTIONS, ...depScanTool.options].map((o) => o.name).sort();
    expect(Object.keys(action.inputs).sort()).toEqual(want);
    expect(Object.entries(action.inputs).filter(([, v]) => v.default !== undefined).map(([k]) => k)).toEqual(['token']);
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/dep-scan/index.js' });
    const readme = readFileSync(join(root, 'actions/dep-scan/README.md'), 'utf8');
    for (const n of want) expect(readme).toContain(`\`${n}\``);
  });
});

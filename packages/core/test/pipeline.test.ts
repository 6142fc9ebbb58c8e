import { describe, expect, it } from '@jest/globals';
import { executeTool, gateExitCode, isMlguardError, networkAllowed, rawOptionsFrom, validateResult, type MlguardError } from '../src/index.js';
import { fakeFinding, fakeSpec, testPorts } from './support/fake-tool.js';
import { sarifSchemaErrors } from './support/sarif-schema.js';

const input = (values: Record<string, string | undefined> = {}) => rawOptionsFrom(values, (n) => `input ${n}`);

async function failure(p: Promise<unknown>): Promise<MlguardError> {
  try {
    await p;
  } catch (e) {
    if (isMlguardError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('executeTool', () => {
  it('runs the engine, applies the gate and always writes the result JSON and SARIF', async () => {
    const ports = testPorts();
    const run = await executeTool(fakeSpec([fakeFinding()]), input(), ports);
    expect(run.result.gate.passed).toBe(false);
    expect(run.result.gate.blocking).toBe(1);
    expect(gateExitCode(run.result)).toBe(1);
    expect(run.resultFile).toBe('/ws/mlguard-data-check.json');
    expect(run.sarifFile).toBe('/ws/mlguard-data-check.sarif');
    const written = JSON.parse(ports.fs.files.get('/ws/mlguard-data-check.json')!.toString());
    expect(validateResult(written, 'x.json')).toEqual(run.result);
    const sarif = JSON.parse(ports.fs.files.get('/ws/mlguard-data-check.sarif')!.toString());
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif).toEqual(run.sarif);
  });

  it('passes with no findings and writes to the configured paths', async () => {
    const ports = testPorts();
    const run = await executeTool(fakeSpec([]), input({ 'result-file': 'out/r.json', 'sarif-file': 'out/r.sarif' }), ports);
    expect(gateExitCode(run.result)).toBe(0);
    expect(ports.fs.files.has('/ws/out/r.json')).toBe(true);
    expect(ports.fs.files.has('/ws/out/r.sarif')).toBe(true);
  });

  it('resolves options with precedence input > tool section > policy > default, and says where each came from', async () => {
    const config = ['policy:', '  fail-on: critical', 'data-check:', '  max-rows: 50', '  mode: thorough'].join('\n');
    const ports = testPorts({ '.github/mlguard.yml': config });
    const run = await executeTool(fakeSpec(), input({ mode: 'fast' }), ports);
    expect(run.result.metrics).toMatchObject({ maxRows: 50, mode: 'fast', failOn: 'critical', paths: ['.'] });
    expect(run.options.source('mode')).toBe('input mode');
    expect(run.options.source('max-rows')).toBe('.github/mlguard.yml:4');
    expect(run.options.source('fail-on')).toBe('.github/mlguard.yml:2');
    expect(run.options.source('label')).toBe('default');
    expect(run.result.gate.failOn).toBe('critical');
  });

  it('lets the tool section override policy for common options', async () => {
    const ports = testPorts({ '.github/mlguard.yml': 'policy:\n  fail-on: critical\ndata-check:\n  fail-on: low\n' });
    const run = await executeTool(fakeSpec([fakeFinding({ severity: 'low' })]), input(), ports);
    expect(run.result.gate.failOn).toBe('low');
    expect(run.result.gate.passed).toBe(false);
  });

  it('treats an empty input as unset (an action input the workflow did not set)', async () => {
    const ports = testPorts({ '.github/mlguard.yml': 'policy:\n  fail-on: critical\n' });
    const run = await executeTool(fakeSpec(), input({ 'fail-on': '' }), ports);
    expect(run.result.gate.failOn).toBe('critical');
  });

  it('rejects a bad input value naming the input and the accepted values', async () => {
    const e = await failure(executeTool(fakeSpec(), input({ 'fail-on': 'hihg' }), testPorts()));
    expect(e.kind).toBe('usage');
    expect(e.exitCode).toBe(2);
    expect(e.describe()).toBe('input fail-on: "hihg" is not one of info, low, medium, high, critical (did you mean "high"?)');
  });

  it.each([
    ['max-rows', 'many', 'input max-rows: "many" is not a number'],
    ['max-rows', '0', 'input max-rows: 0 is below the minimum 1'],
    ['max-rows', '5000', 'input max-rows: 5000 is above the maximum 1000'],
    ['warn-only', 'maybe', 'input warn-only: "maybe" is not a boolean (use true or false)'],
    ['expectations', '{}', 'input expectations: this option is structured and can only be set in the config file (expectations:)'],
  ])('rejects %s=%s', async (name, value, message) => {
    const e = await failure(executeTool(fakeSpec(), input({ [name]: value }), testPorts()));
    expect(e.describe()).toBe(message);
  });

  it('parses list inputs from lines and commas', async () => {
    const run = await executeTool(fakeSpec(), input({ paths: 'a.csv\n b.csv ,c.csv\n\n' }), testPorts());
    expect(run.result.metrics.paths).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });

  it('reports a config error with file:line and the JSON path, and does not run the engine', async () => {
    const spec = fakeSpec();
    const e = await failure(executeTool(spec, input(), testPorts({ '.github/mlguard.yml': 'policy:\n  fail-on: hihg\n' })));
    expect(e.kind).toBe('config');
    expect(e.exitCode).toBe(2);
    expect(e.describe()).toBe('.github/mlguard.yml:2: policy.fail-on: "hihg" is not one of info, low, medium, high, critical (did you mean "high"?)');
    expect(spec.calls).toBe(0);
  });

  it('requires a config file the user named, but not the default one', async () => {
    await expect(executeTool(fakeSpec(), input(), testPorts())).resolves.toBeDefined();
    const e = await failure(executeTool(fakeSpec(), input({ config: 'ci/mlguard.yml' }), testPorts()));
    expect(e.describe()).toBe('ci/mlguard.yml: config file not found (check the config input / --config flag)');
  });

  it('reads the config from the path given', async () => {
    const run = await executeTool(fakeSpec(), input({ config: 'ci/m.yml' }), testPorts({ 'ci/m.yml': 'data-check:\n  label: hello\n' }));
    expect(run.result.metrics.label).toBe('hello');
  });

  it('fails new-only without a baseline, and with a missing baseline file', async () => {
    const e1 = await failure(executeTool(fakeSpec(), input({ 'new-only': 'true' }), testPorts()));
    expect(e1.message).toMatch(/new-only needs a baseline file/);
    const e2 = await failure(executeTool(fakeSpec(), input({ 'new-only': 'true', baseline: 'b.json' }), testPorts()));
    expect(e2.describe()).toMatch(/^b\.json: baseline file not found/);
  });

  it('in new-only mode fails only on findings absent from the baseline', async () => {
    const old = fakeFinding({ ruleId: 'DATA-TEST-001', logicalKey: 'old' });
    const fresh = fakeFinding({ ruleId: 'DATA-TEST-002', logicalKey: 'fresh', severity: 'medium' });
    const baseline = JSON.stringify({ schemaVersion: '1', tools: { 'data-check': { createdAt: 'x', mlguardVersion: '0.1.0', findings: [{ fingerprint: old.fingerprint, ruleId: old.ruleId }] } } });
    const files = { 'b.json': baseline, '.github/mlguard.yml': 'policy:\n  new-only: true\n  baseline: b.json\n' };
    const pass = await executeTool(fakeSpec([old, fresh]), input(), testPorts(files));
    expect(pass.result.gate).toMatchObject({ passed: true, mode: 'new-only', newSinceBaseline: 1, blocking: 0 });
    const fail = await executeTool(fakeSpec([old, { ...fresh, severity: 'critical' }]), input(), testPorts(files));
    expect(fail.result.gate).toMatchObject({ passed: false, blocking: 1, newSinceBaseline: 1 });
    expect(fail.result.findings.map((f) => [f.ruleId, f.new, f.blocking])).toEqual([
      ['DATA-TEST-002', true, true],
      ['DATA-TEST-001', false, false],
    ]);
  });

  it('refuses an engine result that would break the result schema', async () => {
    const bad = { ...fakeFinding(), location: { path: 'x', startLine: 0 } };
    const e = await failure(executeTool(fakeSpec([bad]), input(), testPorts()));
    expect(e.kind).toBe('tool');
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/findings\[0\]\.location\.startLine/);
  });

  it('lets the edge see resolved options before the engine runs (network rule)', async () => {
    const spec = fakeSpec();
    const seen: boolean[] = [];
    await executeTool(spec, input({ online: 'true' }), testPorts(), { onOptions: (o) => seen.push(networkAllowed(spec, o)) });
    await executeTool(spec, input(), testPorts(), { onOptions: (o) => seen.push(networkAllowed(spec, o)) });
    expect(seen).toEqual([true, false]);
  });

  it('records tool version, context and timing', async () => {
    const ports = testPorts();
    const run = await executeTool(fakeSpec(), input(), ports, {
      toolVersion: '9.9.9',
      context: { repository: 'o/r', sha: 'a'.repeat(40), pullRequest: 7 },
      startedAt: new Date('2026-06-15T11:59:59Z'),
    });
    expect(run.result).toMatchObject({ toolVersion: '9.9.9', context: { pullRequest: 7 }, startedAt: '2026-06-15T11:59:59.000Z', durationMs: 1000 });
  });
});

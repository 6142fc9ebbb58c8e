import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeRuntimeToken, startFakeResults, type FakeResults } from '@mlguard/testkit';
import { uploadResultArtifact } from '../src/channels/artifact.js';

/** The real @actions/artifact client against the results-service fake (contract test of both). */
let results: FakeResults;
const saved = { ...process.env };
beforeAll(async () => {
  results = await startFakeResults();
  process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken('run-a', 'job-a');
  process.env.ACTIONS_RESULTS_URL = `${results.url}/`;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  process.env.GITHUB_WORKSPACE = tmpdir();
});
afterAll(async () => {
  process.env = saved;
  await results.close();
});

it('uploads the result JSON and SARIF under fixed names, whatever the configured paths', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'art-'));
  writeFileSync(join(dir, 'custom-result.json'), '{"schemaVersion":"1"}');
  writeFileSync(join(dir, 'out.sarif'), '{"version":"2.1.0","runs":[]}');
  const note = await uploadResultArtifact('dep-scan', join(dir, 'custom-result.json'), join(dir, 'out.sarif'), dir);
  expect(note).toMatch(/^artifact mlguard-dep-scan \(id \d+, \d+ bytes\)$/);
  const stored = results.artifacts.find((a) => a.name === 'mlguard-dep-scan')!;
  expect(stored).toMatchObject({ finalized: true, workflowRunBackendId: 'run-a', workflowJobRunBackendId: 'job-a' });
  expect(stored.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  const files = results.files('mlguard-dep-scan', 'run-a');
  expect(Object.keys(files).sort()).toEqual(['mlguard-dep-scan.json', 'mlguard-dep-scan.sarif']);
  expect(files['mlguard-dep-scan.json']!.toString()).toBe('{"schemaVersion":"1"}');
  // Artifact names are unique per run: a second upload of the same name is refused.
  await expect(uploadResultArtifact('dep-scan', join(dir, 'custom-result.json'), join(dir, 'out.sarif'), dir)).rejects.toThrow();
});

it('adds the engine attachments under their own names, never over the result files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'art-'));
  writeFileSync(join(dir, 'r.json'), '{"schemaVersion":"1"}');
  writeFileSync(join(dir, 'r.sarif'), '{"version":"2.1.0","runs":[]}');
  writeFileSync(join(dir, 'report.html'), '<html></html>');
  writeFileSync(join(dir, 'mlguard-adversarial-test.json'), 'not the result');
  await uploadResultArtifact('adversarial-test', join(dir, 'r.json'), join(dir, 'r.sarif'), dir, [join(dir, 'report.html'), join(dir, 'mlguard-adversarial-test.json')]);
  const files = results.files('mlguard-adversarial-test', 'run-a');
  expect(Object.keys(files).sort()).toEqual(['mlguard-adversarial-test.json', 'mlguard-adversarial-test.sarif', 'report.html']);
  expect(files['mlguard-adversarial-test.json']!.toString()).toBe('{"schemaVersion":"1"}');
  expect(files['report.html']!.toString()).toBe('<html></html>');
});

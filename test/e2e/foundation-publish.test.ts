import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  SHAS,
  makeZip,
  pullRequestEvent,
  runBundle,
  startFakeGitHub,
  startFakeResults,
  workflowRunEvent,
  type BundleRun,
  type FakeGitHub,
  type FakeResults,
} from '@mlguard/testkit';
import { REPO_ROOT, bundleTestEntry } from './support/bundle.js';
import { findings, workspaceWith } from './support/replay.js';

/**
 * The fork-safe pair end to end: a fork PR run (read-only token) uploads its result artifact;
 * the committed dist/publish bundle, run on workflow_run with a write token, downloads it,
 * validates it as untrusted input and publishes it on the PR head.
 */

const PUBLISH = join(REPO_ROOT, 'dist/publish/index.js');
const RUN_ID = 9001;
let scanBundle: string;
let fake: FakeGitHub;
let results: FakeResults;
let goodZip: Buffer;
let goodResult: Record<string, unknown>;

beforeAll(async () => {
  scanBundle = await bundleTestEntry('test/fixtures/replay-tool/index.ts');
  results = await startFakeResults();
  // The pull_request run of a fork: writes are refused, the artifact is uploaded.
  const forkApi = await startFakeGitHub({ fork: true });
  const ws = await workspaceWith(findings(60, 'high'));
  const scan = await runBundle(scanBundle, { workspace: ws, event: pullRequestEvent({ fork: true }), fake: forkApi, results, inputs: { findings: 'findings.json', token: 'ghs_readonly' } });
  await forkApi.close();
  expect(scan.exitCode).toBe(1);
  goodZip = results.artifacts.find((a) => a.workflowRunBackendId === scan.artifactRun)!.zip;
  goodResult = JSON.parse(results.files('mlguard-data-check', scan.artifactRun)['mlguard-data-check.json']!.toString('utf8'));
});
afterAll(async () => {
  await results.close();
  await fake?.close();
});
beforeEach(async () => {
  await fake?.close();
  fake = await startFakeGitHub();
  fake.addPull(7, SHAS.head);
});

const publish = (o: { event?: Record<string, unknown>; inputs?: Record<string, string> } = {}): Promise<BundleRun> =>
  runBundle(PUBLISH, { event: o.event ?? workflowRunEvent({ runId: RUN_ID }), fake, inputs: { token: 'ghs_write', ...o.inputs } });

const errors = (r: BundleRun) => r.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);

describe('actions/publish', () => {
  it('publishes a fork run\'s artifact: check run with annotations on the head SHA and the sticky comment on the PR', async () => {
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', goodZip);
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ name: 'mlguard/data-check', head_sha: SHAS.head, conclusion: 'failure' });
    expect(fake.checkRuns[0]!.annotationBatches).toEqual([0, 50, 10, 0]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]).toMatchObject({ issue_number: 7 });
    expect(r.commands.filter((c) => c.command === 'error' && c.properties.file)).toHaveLength(10);
    expect(r.summary).toContain('mlguard/data-check');
    expect(fake.validationErrors).toEqual([]);
    // Second publish of the same run updates the comment.
    const again = await publish();
    expect(again.exitCode).toBe(0);
    expect(fake.comments).toHaveLength(1);
  });

  it('rejects an artifact whose commit is not the workflow run\'s head, and publishes nothing', async () => {
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', goodZip);
    const r = await publish({ event: workflowRunEvent({ runId: RUN_ID, headSha: 'f'.repeat(40) }) });
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toEqual([expect.stringMatching(/^mlguard\/publish mlguard-data-check: artifact mlguard-data-check\/mlguard-data-check\.json: the result is for commit 111111111111, but the workflow run is for ffffffffffff$/)]);
    expect(fake.checkRuns).toHaveLength(0);
    expect(fake.comments).toHaveLength(0);
  });

  it.each([
    ['not JSON', { 'mlguard-data-check.json': '{"schemaVersion": "1", ' }, /is not JSON/],
    ['not a result', { 'mlguard-data-check.json': JSON.stringify({ schemaVersion: '1', tool: 'data-check' }) }, /not a valid mlguard result/],
    ['missing file', { 'other.txt': 'x' }, /has no mlguard-data-check\.json/],
  ])('rejects a malformed artifact (%s) with a clear message', async (_name, files, pattern) => {
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', makeZip(files));
    const r = await publish();
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(pattern);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(fake.checkRuns).toHaveLength(0);
    expect(fake.comments).toHaveLength(0);
  });

  it('stops inflating a zip bomb at the size limit', async () => {
    const bomb = makeZip({ 'mlguard-data-check.json': ' '.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(100_000);
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', bomb);
    const r = await publish({ inputs: { 'max-artifact-bytes': '100000' } });
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toEqual([expect.stringMatching(/artifact mlguard-data-check: mlguard-data-check\.json inflates to more than 100000 bytes/)]);
    expect(fake.checkRuns).toHaveLength(0);
  });

  it('reads only the expected entry: traversal names and non-zip bytes are never written or trusted', async () => {
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', makeZip({ '../../mlguard-data-check.json': JSON.stringify(goodResult) }));
    const traversal = await publish();
    expect(traversal.exitCode).toBe(2);
    expect(errors(traversal)[0]).toMatch(/has no mlguard-data-check\.json \(found: \.\.\/\.\.\/mlguard-data-check\.json\)/);
    fake.runArtifacts.length = 0;
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', Buffer.from('this is not a zip file at all'));
    const garbage = await publish();
    expect(garbage.exitCode).toBe(2);
    expect(errors(garbage)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(0);
  });

  it('rejects an oversized artifact before downloading it', async () => {
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', goodZip);
    const r = await publish({ inputs: { 'max-artifact-bytes': '1000' } });
    expect(r.exitCode).toBe(2);
    expect(errors(r)[0]).toMatch(/the artifact is \d+ bytes; the limit is 1000/);
    expect(r.calls.some((c) => c.operationId === 'actions/download-artifact')).toBe(false);
  });

  it('does not comment on a PR number the artifact claims but GitHub does not confirm', async () => {
    const spoofed = { ...goodResult, context: { ...(goodResult.context as object), pullRequest: 8 } };
    fake.addPull(8, 'e'.repeat(40));
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', makeZip({ 'mlguard-data-check.json': JSON.stringify(spoofed) }));
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(r.commands.filter((c) => c.command === 'warning' && !c.properties.file).map((c) => c.message)).toEqual([
      expect.stringMatching(/pull request #8 does not have head 111111111111; not commenting on it/),
    ]);
    expect(fake.comments).toHaveLength(0);
    expect(fake.checkRuns).toHaveLength(1);
  });

  it('drops engine-written Markdown from untrusted results', async () => {
    const withMarkdown = { ...goodResult, summaryMarkdown: '@org/team ![x](https://evil.example/x.png)' };
    fake.addRunArtifact(RUN_ID, 'mlguard-data-check', makeZip({ 'mlguard-data-check.json': JSON.stringify(withMarkdown) }));
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(fake.comments[0]!.body).not.toContain('evil.example');
    expect(fake.checkRuns[0]!.output.summary).not.toContain('evil.example');
  });

  it('needs a workflow_run event and says so', async () => {
    const r = await publish({ event: pullRequestEvent() });
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toEqual(['mlguard/publish: actions/publish runs on workflow_run events, not pull_request (see actions/publish/README.md for the workflow pair)']);
  });

  it('warns when the run has no mlguard artifacts', async () => {
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(r.commands.filter((c) => c.command === 'warning').map((c) => c.message)).toEqual([`mlguard: workflow run ${RUN_ID} has no mlguard-<tool> artifacts: nothing to publish`]);
  });
});

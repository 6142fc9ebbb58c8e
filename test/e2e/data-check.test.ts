import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAS, pullRequestEvent, pushEvent, runBundle, startFakeGitHub, startFakeResults, type BundleRun, type FakeGitHub } from '@mlguard/testkit';
import { REPO_ROOT } from './support/bundle.js';

/**
 * The committed data-check bundle, run as the runner runs it on a copy of the example project: the
 * suite's failing expectations annotated on their suite lines, the check run, the summary with the
 * drift table and its Mermaid chart; and the bundle relocated away from node_modules, installing the
 * DuckDB engine at first use, offline from the local npm cache.
 */
const BUNDLE = join(REPO_ROOT, 'dist/data-check/index.js');
const EXAMPLE = join(REPO_ROOT, 'examples/fraud-detection');
const TOKEN = 'ghs_e2eDataCheckToken123';
let fake: FakeGitHub;
let results: Awaited<ReturnType<typeof startFakeResults>>;
let workspace: string;
const temps: string[] = [];

beforeAll(async () => {
  fake = await startFakeGitHub();
  results = await startFakeResults();
  workspace = mkdtempSync(join(tmpdir(), 'mlguard-data-check-'));
  temps.push(workspace);
  for (const p of ['data', '.github']) cpSync(join(EXAMPLE, p), join(workspace, p), { recursive: true });
});
afterAll(async () => {
  await fake.close();
  await results.close();
  temps.forEach((t) => rmSync(t, { recursive: true, force: true }));
});

const noStackTrace = (r: BundleRun) => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/node:internal|TypeError|RuntimeError/);
};
const annotated = (r: BundleRun, level: string) => r.commands.filter((c) => c.command === level && c.properties.file).map((c) => `${c.properties.file}:${c.properties.line ?? ''}`);

describe('data-check action on the example project', () => {
  it('fails the pull request with annotations on the suite lines, a check run and a summary chart', async () => {
    const r = await runBundle(BUNDLE, { event: pullRequestEvent(), fake, results, workspace, inputs: { token: TOKEN }, timeoutMs: 120_000 });
    noStackTrace(r);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(Number(r.outputs.blocking)).toBe(7);
    // the column of nulls and the out-of-range amounts, on the lines of their expectations
    expect(annotated(r, 'error')).toEqual(expect.arrayContaining(['data/suite.yml:20', 'data/suite.yml:22', 'data/suite.yml:16']));
    const nulls = r.commands.find((c) => c.properties.file === 'data/suite.yml' && c.properties.line === '20')!;
    expect(nulls.message).toContain('expect_column_values_to_not_be_null');
    expect(nulls.message).toContain('2455 unexpected values');

    const check = fake.checkRuns.at(-1)!;
    expect(check).toMatchObject({ name: 'mlguard/data-check', head_sha: SHAS.head, status: 'completed', conclusion: 'failure' });
    const at = check.annotations.map((a) => `${a.path}:${a.start_line}`);
    expect(at).toEqual(expect.arrayContaining(['data/suite.yml:20', 'data/suite.yml:22', 'data/suite.yml:32']));
    expect(check.annotations.map((a) => a.path)).toContain('data/transactions.csv');

    // the summary: drift table naming the test, and the Mermaid histogram of the drifted column
    expect(r.summary).toContain('| amount | numerical | Wasserstein distance (normed) |');
    expect(r.summary).toContain('xychart-beta');
    expect(r.summary).toContain('title "amount: reference (bars) vs current (line)"');
    expect(fake.comments.at(-1)!.body).toContain('xychart-beta');
    expect(fake.validationErrors).toEqual([]);

    // the result JSON carries GX-shaped validation results; the HTML report has the SVG chart
    const result = JSON.parse(readFileSync(join(workspace, 'mlguard-data-check.json'), 'utf8'));
    expect(result.metrics.validation.statistics).toMatchObject({ evaluated_expectations: 16, unsuccessful_expectations: 8 });
    const html = readFileSync(join(workspace, 'mlguard-data-check-report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
    // ... and goes up in the result artifact, next to the result JSON and SARIF
    const uploaded = await results.files('mlguard-data-check', r.artifactRun);
    expect(Object.keys(uploaded).sort()).toEqual(['mlguard-data-check-report.html', 'mlguard-data-check.json', 'mlguard-data-check.sarif']);
    expect(r.outputs.report).toBe('mlguard-data-check-report.html');
    // values are masked, never printed
    expect(`${r.stdout}${r.summary}${JSON.stringify(result)}`).not.toContain('AKIAIOSFODNN7EXAMPLE');
  }, 180_000);

  it('uploads the HTML report from the path the config file gives (no input)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mlguard-data-check-report-'));
    temps.push(ws);
    for (const p of ['data', '.github']) cpSync(join(EXAMPLE, p), join(ws, p), { recursive: true });
    const config = join(ws, '.github/mlguard.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('report: mlguard-data-check-report.html', 'report: reports/drift.html'));
    const r = await runBundle(BUNDLE, { event: pushEvent(), fake, results, workspace: ws, inputs: { token: TOKEN, 'warn-only': 'true', 'check-run': 'false', 'pr-comment': 'never' }, timeoutMs: 120_000 });
    noStackTrace(r);
    expect(r.outputs.report).toBe('reports/drift.html');
    expect(readFileSync(join(ws, 'reports/drift.html'), 'utf8')).toContain('<svg');
    const uploaded = await results.files('mlguard-data-check', r.artifactRun);
    expect(Object.keys(uploaded)).toContain('drift.html');
  }, 180_000);

  it('passes with warn-only on push', async () => {
    const r = await runBundle(BUNDLE, { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, 'warn-only': 'true', 'check-run': 'false', 'pr-comment': 'never' }, timeoutMs: 120_000 });
    noStackTrace(r);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
  }, 180_000);

  it('relocated without node_modules, installs the pinned DuckDB engine at first use (offline, from the npm cache) and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlguard-relocated-'));
    temps.push(dir);
    copyFileSync(BUNDLE, join(dir, 'index.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    const engineDir = join(dir, 'engine-cache');
    const env = { MLGUARD_ENGINE_DIR: engineDir, npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/' };
    const r = await runBundle(join(dir, 'index.js'), { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, 'check-run': 'false', 'pr-comment': 'never', drift: 'false' }, env, timeoutMs: 180_000 });
    noStackTrace(r);
    expect(r.stdout).toMatch(new RegExp(`data-check: installing the DuckDB engine \\(@duckdb/node-api [^ ]+ for ${process.platform}-${process.arch}\\)`));
    expect(r.stdout).toMatch(/DuckDB engine installed in/);
    expect(r.exitCode).toBe(1);
    expect(existsSync(engineDir)).toBe(true);
    const again = await runBundle(join(dir, 'index.js'), { event: pushEvent(), fake, workspace, inputs: { token: TOKEN, 'check-run': 'false', 'pr-comment': 'never', drift: 'false' }, env, timeoutMs: 180_000 });
    expect(again.stdout).toMatch(/using the cached DuckDB engine/);
    expect(again.exitCode).toBe(1);
  }, 360_000);
});

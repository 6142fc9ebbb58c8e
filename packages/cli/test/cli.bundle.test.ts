import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MLGUARD_VERSION } from '@mlguard/core';
import { bundleFakeCli, REPO, runBundle } from './support/run.js';

const DIST = join(REPO, 'dist/cli/index.js');

describe('the committed bundle dist/cli/index.js', () => {
  it('prints the version', async () => {
    const r = await runBundle(DIST, ['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${MLGUARD_VERSION}\n` });
  });

  it('starts with a hashbang so it runs as a bin', () => {
    expect(readFileSync(DIST, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints help (exit 0) and usage on no arguments (exit 2)', async () => {
    const help = await runBundle(DIST, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/mlguard schema config\|result/);
    expect(help.stdout).toMatch(/Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error/);
    const none = await runBundle(DIST, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage:/);
  });

  it('rejects an unknown command with exit 2 and one clean line', async () => {
    const r = await runBundle(DIST, ['no-such-tool']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^mlguard: unknown command "no-such-tool"/);
  });

  it('prints the committed schemas', async () => {
    const config = await runBundle(DIST, ['schema', 'config']);
    expect(config.code).toBe(0);
    expect(config.stdout).toBe(readFileSync(join(REPO, 'schemas/mlguard-config.schema.json'), 'utf8'));
    const result = await runBundle(DIST, ['schema', 'result']);
    expect(result.stdout).toBe(readFileSync(join(REPO, 'schemas/result.schema.json'), 'utf8'));
    expect((await runBundle(DIST, ['schema', 'nope'])).code).toBe(2);
  });
});

describe('a CLI bundle with fake tools', () => {
  let cli: string;
  let ws: string;
  beforeAll(async () => {
    cli = await bundleFakeCli();
  });
  const fresh = (files: Record<string, string> = {}) => {
    ws = mkdtempSync(join(tmpdir(), 'mlguard-ws-'));
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(join(ws, p, '..'), { recursive: true });
      writeFileSync(join(ws, p), t);
    }
    return ws;
  };

  it('exits 1 when the gate fails, prints the text report and writes the result files', async () => {
    const cwd = fresh();
    const r = await runBundle(cli, ['data-check', 'data/train.csv'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/HIGH {5}DATA-PII-001 {2}data\/train\.csv:2 {2}\[blocking\]/);
    expect(r.stdout).toMatch(/Gate \(fail-on high, enforce\): FAILED, 1 blocking/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // not a TTY: no colours
    expect(existsSync(join(cwd, 'mlguard-data-check.json'))).toBe(true);
    expect(existsSync(join(cwd, 'mlguard-data-check.sarif'))).toBe(true);
  });

  it('exits 0 when the gate passes (fail-on raised, or warn-only)', async () => {
    expect((await runBundle(cli, ['data-check', '--fail-on', 'critical', 'x.csv'], { cwd: fresh() })).code).toBe(0);
    expect((await runBundle(cli, ['data-check', '--warn-only', 'x.csv'], { cwd: fresh() })).code).toBe(0);
    expect((await runBundle(cli, ['data-check', '--scenario=clean'], { cwd: fresh() })).code).toBe(0);
  });

  it('takes the policy from the config file, and flags over it', async () => {
    const cwd = fresh({ '.github/mlguard.yml': 'policy:\n  fail-on: critical\n' });
    expect((await runBundle(cli, ['data-check', 'x.csv'], { cwd })).code).toBe(0);
    expect((await runBundle(cli, ['data-check', '--fail-on=low', 'x.csv'], { cwd })).code).toBe(1);
  });

  it('exits 2 with file:line for a bad config file', async () => {
    const cwd = fresh({ '.github/mlguard.yml': 'policy:\n  fail-on: high\n  warn-onyl: true\n' });
    const r = await runBundle(cli, ['data-check'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mlguard: .github/mlguard.yml:3: policy.warn-onyl: unknown key "warn-onyl" (did you mean "warn-only"?)\n');
  });

  it('exits 2 for invalid YAML, an unknown flag and a bad flag value', async () => {
    const bad = await runBundle(cli, ['data-check'], { cwd: fresh({ '.github/mlguard.yml': 'policy: [\n' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^mlguard: \.github\/mlguard\.yml:\d+: invalid YAML/);
    const flag = await runBundle(cli, ['data-check', '--fail-onn', 'high'], { cwd: fresh() });
    expect(flag).toMatchObject({ code: 2, stderr: 'mlguard: unknown option --fail-onn (did you mean --fail-on?)\n' });
    const value = await runBundle(cli, ['data-check', '--fail-on', 'severe'], { cwd: fresh() });
    expect(value).toMatchObject({ code: 2, stderr: 'mlguard: --fail-on: "severe" is not one of info, low, medium, high, critical\n' });
  });

  it('exits 2 for unreadable input with file:line, and 3 for a tool error', async () => {
    const input = await runBundle(cli, ['data-check', '--scenario', 'bad-input'], { cwd: fresh() });
    expect(input).toMatchObject({ code: 2, stderr: 'mlguard: data/train.csv:7: column "amount" is not numeric (fix the CSV)\n' });
    const tool = await runBundle(cli, ['data-check', '--scenario', 'tool-error'], { cwd: fresh() });
    expect(tool).toMatchObject({ code: 3, stderr: 'mlguard: the checker gave up (try again)\n' });
  });

  it('reports an unexpected error as a bug in one line, with the stack only under --debug', async () => {
    const r = await runBundle(cli, ['data-check', '--scenario', 'crash'], { cwd: fresh() });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('mlguard: internal error: boom: cannot read properties of undefined (this is a bug; rerun with --debug for the stack trace)\n');
    const d = await runBundle(cli, ['data-check', '--scenario', 'crash', '--debug'], { cwd: fresh() });
    expect(d.code).toBe(3);
    expect(d.stderr).toMatch(/TypeError: boom[^\n]*\n\s+at /);
  });

  it('prints json, sarif and markdown, to stdout or --output', async () => {
    const cwd = fresh();
    const json = await runBundle(cli, ['data-check', '--format', 'json', 'a.csv'], { cwd });
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: '1', tool: 'data-check', gate: { passed: false, blocking: 1 } });
    const sarif = await runBundle(cli, ['data-check', '--format', 'sarif', 'a.csv'], { cwd });
    expect(JSON.parse(sarif.stdout).runs[0].automationDetails.id).toBe('mlguard/data-check/');
    const md = await runBundle(cli, ['data-check', '--format', 'markdown', '-o', 'out/report.md', 'a.csv'], { cwd });
    expect(md.code).toBe(1);
    expect(md.stdout).toBe('');
    expect(readFileSync(join(cwd, 'out/report.md'), 'utf8')).toMatch(/^### mlguard data-check: ❌ failed/);
    expect((await runBundle(cli, ['data-check', '--format', 'html'], { cwd })).code).toBe(2);
  });

  it('resolves paths against --workspace', async () => {
    const cwd = fresh();
    const other = fresh({ '.github/mlguard.yml': 'policy:\n  warn-only: true\n' });
    const r = await runBundle(cli, ['data-check', '--workspace', other, 'a.csv'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(other, 'mlguard-data-check.json'))).toBe(true);
  });

  it('writes a baseline, then new-only passes on the same findings', async () => {
    const cwd = fresh();
    const b = await runBundle(cli, ['baseline', 'data-check', 'a.csv'], { cwd });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/wrote 2 findings of data-check to the baseline/);
    const file = JSON.parse(readFileSync(join(cwd, '.github/mlguard-baseline.json'), 'utf8'));
    expect(file.tools['data-check'].findings).toHaveLength(2);
    const r = await runBundle(cli, ['data-check', '--new-only', '--baseline', '.github/mlguard-baseline.json', 'a.csv'], { cwd });
    expect(r.code).toBe(0);
    const other = await runBundle(cli, ['data-check', '--new-only', '--baseline', '.github/mlguard-baseline.json', 'b.csv'], { cwd });
    expect(other.code).toBe(1); // the path is part of the fingerprint: b.csv's findings are new
  });

  it('gives tools with sub-commands `mlguard <tool> <command>`', async () => {
    const cwd = fresh();
    const r = await runBundle(cli, ['model-sign', 'verify', 'models/m', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).metrics.command).toBe('verify');
    const missing = await runBundle(cli, ['model-sign', 'models/m'], { cwd });
    expect(missing).toMatchObject({ code: 2, stderr: 'mlguard: mlguard model-sign needs a command: sign, verify (mlguard model-sign sign --help)\n' });
  });

  it('takes the command from the config file, then the default, when none is given', async () => {
    const cwd = fresh();
    const byDefault = await runBundle(cli, ['iac-scan', '--format', 'json'], { cwd });
    expect(byDefault.code).toBe(0);
    expect(JSON.parse(byDefault.stdout).metrics.command).toBe('scan');
    mkdirSync(join(cwd, '.github'), { recursive: true });
    writeFileSync(join(cwd, '.github/mlguard.yml'), 'iac-scan:\n  command: explain\n');
    const byConfig = await runBundle(cli, ['iac-scan', '--format', 'json'], { cwd });
    expect(JSON.parse(byConfig.stdout).metrics.command).toBe('explain');
    const byArg = await runBundle(cli, ['iac-scan', 'scan', '--format', 'json'], { cwd });
    expect(JSON.parse(byArg.stdout).metrics.command).toBe('scan');
  });

  it('has --help for every command, generated from the specs', async () => {
    const h = await runBundle(cli, ['data-check', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Usage: mlguard data-check \[options\] \[paths\.\.\.\]/);
    expect(h.stdout).toMatch(/--scenario <clean\|findings\|crash\|tool-error\|bad-input\|network>/);
    expect(h.stdout).toMatch(/--fail-on <info\|low\|medium\|high\|critical>/);
    expect(h.stdout).not.toMatch(/--token/);
    expect((await runBundle(cli, ['baseline', 'data-check', '--help'])).stdout).toMatch(/Usage: mlguard baseline data-check/);
    expect((await runBundle(cli, ['model-sign', '--help'])).stdout).toMatch(/Usage: mlguard model-sign <sign\|verify>/);
    expect((await runBundle(cli, ['--help'])).stdout).toMatch(/data-check\s+Fake data checker/);
  });

  it('allows the network only when the tool option says so', async () => {
    const off = await runBundle(cli, ['data-check', '--scenario', 'network', '--format', 'json'], { cwd: fresh() });
    expect(JSON.parse(off.stdout).metrics.network).toBe('refused');
    const on = await runBundle(cli, ['data-check', '--scenario', 'network', '--online', '--format', 'json'], { cwd: fresh() });
    expect(JSON.parse(on.stdout).metrics.network).toBe('allowed');
  });
});

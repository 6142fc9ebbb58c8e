import { describe, expect, it } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/index.js';
import { at, expectations, runOn } from './support/engine.js';

const root = fileURLToPath(new URL('./fixtures/checks/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Every check has failing and passing snippets in fixtures/checks; each file says which rules it is
 * about, and the findings of those rules must be exactly the marked lines: a missing finding and
 * a finding on a passing snippet both fail.
 */
describe.each(readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()))('fixtures/checks/%s', (group) => {
  const dir = join(root, group);
  it('reports exactly the marked lines', async () => {
    const result = await runOn(dir);
    const files = filesUnder(dir).map((p) => relative(dir, p).split('\\').join('/'));
    let checked = 0;
    for (const file of files) {
      const { rules, expected } = expectations(dir, file);
      if (!rules.length) continue;
      checked++;
      const got = result.findings.filter((f) => f.location?.path === file && rules.includes(f.ruleId)).map(at);
      expect({ file, findings: [...new Set(got)].sort() }).toEqual({ file, findings: expected });
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the catalogue', () => {
  const covered = new Set<string>();
  beforeAllFixtures(covered);
  it('has at least 40 checks, each with a fixture that fails and one that passes', () => {
    const checks = RULES.filter((r) => !/^IAC-(PARSE|FILE|EVAL)-/.test(r.id));
    expect(checks.length).toBeGreaterThanOrEqual(40);
    for (const r of checks) expect({ rule: r.id, hasFailingFixture: covered.has(r.id) }).toEqual({ rule: r.id, hasFailingFixture: true });
  });
  it('gives every rule a severity, an explanation, a fix and unique id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^IAC-[A-Z0-9]+-\d{3}$/);
      expect(r.explanation.length).toBeGreaterThan(40);
      expect(r.fix.length).toBeGreaterThan(10);
    }
  });
});

function beforeAllFixtures(covered: Set<string>): void {
  for (const group of readdirSync(root)) {
    const dir = join(root, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const p of filesUnder(dir)) for (const e of expectations(dir, relative(dir, p)).expected) covered.add(e.split('@')[0]!);
  }
}

describe('CloudFormation JSON', () => {
  it('is parsed with positions like YAML', async () => {
    const r = await runOn(join(root, 'cfn'));
    const json = r.findings.filter((f) => f.location?.path === 'template.json').map(at);
    expect(json).toEqual(['IAC-TF-010@template.json:8']);
  });
});

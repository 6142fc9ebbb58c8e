import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema, compileSchema, configSuppressions, isMlguardError, parseConfig, rawOptionsFrom, resolveOptions, type MlguardError } from '../src/index.js';
import { fakeSpec } from './support/fake-tool.js';

const schema = buildConfigSchema([fakeSpec()]);
const FILE = '.github/mlguard.yml';

function problem(text: string): MlguardError {
  try {
    parseConfig(text, FILE, schema);
  } catch (e) {
    if (isMlguardError(e)) return e;
    throw e;
  }
  throw new Error('expected a config error');
}

describe('parseConfig', () => {
  it('accepts a full config and keeps dates as strings (YAML 1.2)', () => {
    const c = parseConfig(
      [
        'policy:',
        '  fail-on: medium',
        '  warn-only: false',
        '  pr-comment: on-failure',
        '  suppressions:',
        '    - id: CVE-2024-1234',
        '      reason: not reachable',
        '      expires: 2026-12-31',
        'data-check:',
        '  paths: [data/train.csv]',
        '  max-rows: 10',
        '  expectations: { a: 1 }',
        '  suppressions:',
        '    - { id: DATA-TEST-001, path: "data/**", reason: ok, expires: 2027-01-01 }',
        'dep-scan:',
        '  anything: goes   # not in this build, so not checked',
      ].join('\n'),
      FILE,
      schema,
    );
    expect(c.data.policy).toMatchObject({ 'fail-on': 'medium', suppressions: [{ expires: '2026-12-31' }] });
    expect(configSuppressions(c, 'data-check').map((s) => [s.id, s.source])).toEqual([
      ['CVE-2024-1234', `${FILE}:6`],
      ['DATA-TEST-001', `${FILE}:14`],
    ]);
    expect(c.where(['data-check', 'max-rows'])).toBe(`${FILE}:11`);
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfig('', FILE, schema).data).toEqual({});
    expect(parseConfig('# only a comment\n', FILE, schema).data).toEqual({});
  });

  it.each([
    ['policy:\n  fail-on: hihg\n', 2, 'policy.fail-on: "hihg" is not one of info, low, medium, high, critical (did you mean "high"?)'],
    ['polcy:\n  fail-on: high\n', 1, 'polcy: unknown key "polcy" (did you mean "policy"?)'],
    ['policy:\n  warn-only: yes\n', 2, 'policy.warn-only: must be boolean, not string "yes"'],
    ['data-check:\n  max-rows: 0\n', 2, 'data-check.max-rows: must be >= 1'],
    ['data-check:\n  paths: data.csv\n', 2, 'data-check.paths: must be array, not string "data.csv"'],
    ['data-check:\n  config: x.yml\n', 2, 'data-check.config: unknown key "config" (the config file cannot name another config file: use the config input or --config)'],
    ['data-check:\n  token: abc\n', 2, 'data-check.token: unknown key "token" (secrets never belong in the config file: pass the token as the action input)'],
    ['policy:\n  result-file: x.json\n', 2, 'policy.result-file: unknown key "result-file" (allowed: fail-on, warn-only, new-only, baseline, inline-suppressions, deny-inline-critical, annotations'],
    [
      'policy:\n  suppressions:\n    - id: X\n      reason: r\n',
      3,
      'policy.suppressions[0]: missing required key "expires"',
    ],
    [
      'policy:\n  suppressions:\n    - id: X\n      reason: r\n      expires: 2026-02-30\n',
      5,
      'policy.suppressions[0].expires: "2026-02-30" is not a date (YYYY-MM-DD)',
    ],
    [
      'policy:\n  suppressions:\n    - id: X\n      reason: "  "\n      expires: 2026-02-01\n',
      4,
      'policy.suppressions[0].reason: must not be empty',
    ],
    [
      'policy:\n  suppressions:\n    - id: X\n      reason: r\n      expires: 2026-02-01\n      until: 2026-03-01\n',
      6,
      'policy.suppressions[0].until: unknown key "until" (allowed: id, path, fingerprint, reason, expires)',
    ],
    ['- a\n- b\n', 1, '(top level): must be a mapping of sections (policy:, data-check:, ...), not a list'],
  ])('%j -> line %i: %s', (text, line, message) => {
    const e = problem(text);
    expect(e.kind).toBe('config');
    expect(e.exitCode).toBe(2);
    expect(e.line).toBe(line);
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.describe().startsWith(`${FILE}:${line}: ${message}`)).toBe(true);
  });

  it('reports every problem, each as file:line: path: message', () => {
    const e = problem('policy:\n  fail-on: hihg\n  warn-only: 3\nextra: 1\n');
    expect(e.message).toMatch(/\(and 2 more problems\)$/);
    expect(e.details).toEqual([
      `${FILE}:4: extra: unknown key "extra" (allowed: $schema, policy, data-check, dep-scan, iac-scan, model-sign, adversarial-test)`,
      `${FILE}:2: policy.fail-on: "hihg" is not one of info, low, medium, high, critical (did you mean "high"?)`,
      `${FILE}:3: policy.warn-only: must be boolean, not number 3`,
    ].sort((a, b) => e.details.indexOf(a) - e.details.indexOf(b)));
    expect(new Set(e.details).size).toBe(3);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    const syntax = problem('policy:\n  fail-on: high\n  - x\n');
    expect(syntax.describe()).toBe(`${FILE}:3: invalid YAML: A block sequence may not be used as an implicit map key`);
    expect(problem('policy:\n  fail-on: "high\n').line).toBe(3);
    const dup = problem('policy:\n  fail-on: high\n  fail-on: low\n');
    expect(dup.message).toMatch(/^invalid YAML: Map keys must be unique/);
    expect(dup.line).toBe(3);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const e = problem(lines.join('\n'));
    expect(e.message).toMatch(/^invalid YAML: .*(alias|Excessive)/i);
  });

  it('refuses absurdly deep nesting cleanly', () => {
    for (const text of ['['.repeat(20000), `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')}`]) {
      expect(problem(text).describe()).toMatch(/^\.github\/mlguard\.yml(:\d+)?: invalid YAML: /);
    }
  });

  it('the example project config validates against the committed schema', () => {
    const committed = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schemas/mlguard-config.schema.json', import.meta.url)), 'utf8'));
    const text = readFileSync(fileURLToPath(new URL('../../../examples/fraud-detection/.github/mlguard.yml', import.meta.url)), 'utf8');
    expect(() => parseConfig(text, 'examples/fraud-detection/.github/mlguard.yml', committed)).not.toThrow();
  });

  it('the generated schema compiles, and a tool section is strict only for tools in the build', () => {
    expect(() => compileSchema(buildConfigSchema([]))).not.toThrow();
    expect(() => parseConfig('data-check:\n  whatever: 1\n', FILE, buildConfigSchema([]))).not.toThrow();
    expect(problem('data-check:\n  whatever: 1\n').message).toMatch(/unknown key "whatever"/);
  });
});

describe('parseConfig on arbitrary input (property)', () => {
  const check = (text: string) => {
    try {
      parseConfig(text, FILE, schema);
    } catch (e) {
      expect(isMlguardError(e)).toBe(true);
      const m = e as MlguardError;
      expect(m.kind).toBe('config');
      expect(m.describe().startsWith(FILE)).toBe(true);
      expect(m.describe()).not.toMatch(/\n/);
    }
  };
  it('never crashes on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 300 });
  });
  it('never crashes on YAML-ish text built from config tokens', () => {
    const token = fc.constantFrom('policy:', 'data-check:', 'fail-on:', ' high', ' [', ']', '{', '}', '- ', 'id: X', 'reason:', 'expires: 2026-01-01', '&a', '*a', '!!str', '"', "'", '#', '\n', '\n  ', '\n    ', ': ', ',', '---', '...', '\t', '%YAML 1.2');
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }).map((t) => t.join('')), check), { numRuns: 500 });
  });
  it('never crashes on random structured values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => check(JSON.stringify({ policy: v, 'data-check': v }))),
      { numRuns: 300 },
    );
  });
});

describe('list options from the config file', () => {
  it('take YAML numbers as the strings an input or flag would give, and refuse other types', () => {
    const c = parseConfig('data-check:\n  paths: [data/a.csv, 0.5, 3]\n', FILE, schema);
    const options = resolveOptions('data-check', fakeSpec().options, rawOptionsFrom({}), c);
    expect(options.list('paths')).toEqual(['data/a.csv', '0.5', '3']);
    expect(problem('data-check:\n  paths: [data/a.csv, {x: 1}]\n').message).toMatch(/paths\[1\]/);
  });
});

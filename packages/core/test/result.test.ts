import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isMlguardError, renderJson, renderText, sanitizeTerminal, validateResult, type MlguardError } from '../src/index.js';
import { fakeFinding } from './support/fake-tool.js';
import { resultOf } from './support/results.js';

function invalid(data: unknown): MlguardError {
  try {
    validateResult(data, 'artifact/mlguard-data-check.json');
  } catch (e) {
    if (isMlguardError(e)) return e;
    throw e;
  }
  throw new Error('expected invalid');
}

describe('validateResult', () => {
  const good = () => JSON.parse(renderJson(resultOf([fakeFinding()], { context: { repository: 'o/r', sha: 'a'.repeat(40), pullRequest: 3, runId: '42' } })));

  it('accepts a result the pipeline writes, and returns it', () => {
    expect(validateResult(good(), 'x')).toEqual(good());
  });

  it('names the JSON path of the problem', () => {
    const d = good();
    d.findings[0].severity = 'severe';
    const e = invalid(d);
    expect(e.kind).toBe('input');
    expect(e.describe()).toBe('artifact/mlguard-data-check.json: not a valid mlguard result: findings[0].severity: "severe" is not one of info, low, medium, high, critical');
  });

  it.each([
    [(d: Record<string, unknown>) => delete d.gate, '(top level): missing required key "gate"'],
    [(d: Record<string, unknown>) => (d.schemaVersion = '2'), 'schemaVersion: must be equal to constant'],
    [(d: Record<string, unknown>) => (d.extra = 1), 'extra: unknown key "extra"'],
    [(d: { context: { repository: string } }) => (d.context.repository = 'o/r/../x y'), 'context.repository: "o/r/../x y" does not match'],
    [(d: { findings: { fingerprint: string }[] }) => (d.findings[0]!.fingerprint = 'nothex'), 'findings[0].fingerprint: "nothex" does not match'],
    [(d: { gate: { counts: Record<string, unknown> } }) => (d.gate.counts.high = -1), 'gate.counts.high: must be >= 0'],
  ] as [(d: never) => unknown, string][])('rejects %#', (mutate, message) => {
    const d = good();
    mutate(d as never);
    expect(invalid(d).message).toMatch(new RegExp(`^not a valid mlguard result: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('rejects non-objects without crashing', () => {
    for (const v of [null, 1, 'x', [], true]) expect(invalid(v).kind).toBe('input');
  });

  it('survives hostile nesting and random JSON (property)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100000; i++) deep = [deep];
    expect(invalid({ ...good(), findings: deep }).kind).toBe('input');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        const d = good();
        d.findings[0].location = v;
        try {
          validateResult(d, 'x');
        } catch (e) {
          expect(isMlguardError(e)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('drops summaryMarkdown from untrusted results', () => {
    const d = { ...good(), summaryMarkdown: '@org/team <img src=x>' };
    expect(validateResult(d, 'x')).not.toHaveProperty('summaryMarkdown');
  });
});

describe('renderText', () => {
  it('lists findings with locations and the gate line', () => {
    const t = renderText(resultOf([fakeFinding()]));
    expect(t).toBe(
      [
        'mlguard data-check 0.1.0: data/train.csv',
        '',
        '  HIGH     DATA-TEST-001  data/train.csv:3  [blocking]',
        '      Something is off: Column x has a problem',
        '',
        '0 critical, 1 high, 0 medium, 0 low, 0 info; 0 suppressed',
        'Gate (fail-on high, enforce): FAILED, 1 blocking',
        '',
      ].join('\n'),
    );
  });
  it('colours only when asked, and neutralises terminal escapes in untrusted text', () => {
    expect(renderText(resultOf([fakeFinding()]), { color: true })).toMatch(/\x1b\[31mHIGH/);
    const t = renderText(resultOf([fakeFinding({ message: 'x\x1b]0;pwned\x07\x1b[2J' })]));
    expect(t).not.toMatch(/\x1b|\x07/);
    expect(sanitizeTerminal('a\x1b[2Jb\nc')).toBe('a\\x1b[2Jb c');
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ResultFinding, ScanResult, Severity } from '@mlguard/core';
import { parseWorkflowCommands } from '@mlguard/testkit';
import { planAnnotations, workflowCommand } from '../src/channels/annotations.js';

const finding = (severity: Severity, i: number, over: Partial<ResultFinding> = {}): ResultFinding => ({
  ruleId: 'DATA-TEST-001',
  severity,
  title: `t${i}`,
  message: `m${i}`,
  location: { path: 'a.csv', startLine: i + 1 },
  fingerprint: String(i),
  aliases: [],
  suppressed: false,
  blocking: severity === 'high' || severity === 'critical',
  properties: {},
  ...over,
});

const result = (findings: ResultFinding[]): ScanResult => ({
  schemaVersion: '1',
  tool: 'data-check',
  toolVersion: '0.1.0',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  target: '.',
  gate: {
    passed: false,
    failOn: 'high',
    mode: 'enforce',
    counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    blocking: 0,
    suppressed: 0,
    expiredSuppressions: [],
    unusedSuppressions: [],
    newSinceBaseline: null,
  },
  findings,
  metrics: {},
});

describe('planAnnotations', () => {
  it('shows at most 10 per level, most severe first, then one overflow notice', () => {
    const list = [...Array.from({ length: 15 }, (_, i) => finding('low', i)), ...Array.from({ length: 12 }, (_, i) => finding('critical', 100 + i))];
    const plan = planAnnotations(result(list), 'the job summary');
    const cmds = parseWorkflowCommands(plan.lines.join('\n'));
    expect(cmds.filter((c) => c.command === 'error')).toHaveLength(10);
    // Notices are full: 9 finding notices + the overflow notice in the tenth slot.
    expect(cmds.filter((c) => c.command === 'notice')).toHaveLength(10);
    expect(cmds.at(-1)!.message).toBe('8 more findings not shown as annotations (GitHub shows 10 per level per step): see the job summary.');
    expect(plan).toMatchObject({ shown: 19, hidden: 8 });
    expect(cmds[0]!.message).toBe('[critical] m100');
  });

  it('skips suppressed findings and adds no overflow notice when everything fits', () => {
    const plan = planAnnotations(result([finding('medium', 0), finding('high', 1, { suppressed: true })]), 'x');
    expect(parseWorkflowCommands(plan.lines.join('\n')).map((c) => c.command)).toEqual(['warning']);
    expect(plan.hidden).toBe(0);
  });

  it('sends columns only for single-line locations', () => {
    const one = workflowCommand('error', { file: 'a', startLine: 2, endLine: 2, startColumn: 3, endColumn: 9 }, 'm');
    expect(one).toBe('::error file=a,line=2,endLine=2,col=3,endColumn=9::m');
    const plan = planAnnotations(result([finding('high', 0, { location: { path: 'a', startLine: 1, endLine: 4, startColumn: 2 } })]), 'x');
    expect(plan.lines[0]).not.toContain('col=');
  });

  it('can never emit a command of its own, whatever the text (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (message, title, path) => {
        const line = workflowCommand('error', { title, file: path || undefined }, message);
        expect(line).not.toMatch(/[\r\n]/);
        const cmds = parseWorkflowCommands(line);
        expect(cmds).toHaveLength(1);
        expect(cmds[0]!.message).toBe(message);
        if (title) expect(cmds[0]!.properties.title).toBe(title);
        if (path) expect(cmds[0]!.properties.file).toBe(path);
      }),
      { numRuns: 500 },
    );
  });
});

import { afterEach, beforeEach, expect, it, jest } from '@jest/globals';
import type { ToolSpec } from '@mlguard/core';
import { readActionInputs } from '../src/inputs.js';

const spec: ToolSpec = {
  tool: 'dep-scan',
  description: 'test',
  commands: ['scan', 'fix'],
  options: [
    { name: 'paths', type: 'list', description: 'p' },
    { name: 'api-key', type: 'string', secret: true, description: 'k' },
  ],
  run: async () => ({ target: '.', findings: [], metrics: {} }),
};

let written: string[];
let spy: ReturnType<typeof jest.spyOn>;
beforeEach(() => {
  written = [];
  spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => spy.mockRestore());

it('reads common, channel, command and tool options; empty means unset', () => {
  const given: Record<string, string> = { 'fail-on': 'medium', token: 'ghs_abc', command: 'scan', paths: 'a\nb', 'check-run': '', 'api-key': 'k-123' };
  const raw = readActionInputs(spec, (n) => given[n] ?? '');
  expect(raw.get('fail-on')).toBe('medium');
  expect(raw.get('command')).toBe('scan');
  expect(raw.get('paths')).toBe('a\nb');
  expect(raw.get('check-run')).toBeUndefined();
  expect(raw.get('unknown')).toBeUndefined();
  expect(raw.describe('fail-on')).toBe('input fail-on');
});

it('masks secret inputs before anything else can print them', () => {
  readActionInputs(spec, (n) => ({ token: 'ghs_abc', 'api-key': 'k-123', paths: 'not-secret' })[n] ?? '');
  expect(written.filter((w) => w.startsWith('::add-mask::')).map((w) => w.trim())).toEqual(['::add-mask::ghs_abc', '::add-mask::k-123']);
});

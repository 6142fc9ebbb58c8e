import { inputError, makeFinding, toolError, type Options, type Ports, type ToolSpec } from '@mlguard/core';

/**
 * Fake tools for CLI tests (never a real engine). `scenario` picks the behaviour:
 * clean (no findings), findings (one high, one low), crash (a bug), tool-error, bad-input,
 * network (tries ports.fetch and reports whether it was allowed).
 */
export const fakeDataCheck: ToolSpec = {
  tool: 'data-check',
  description: 'Fake data checker for CLI tests.',
  positional: 'paths',
  options: [
    { name: 'paths', type: 'list', description: 'Files to check.', default: ['.'] },
    { name: 'scenario', type: 'enum', values: ['clean', 'findings', 'crash', 'tool-error', 'bad-input', 'network'], description: 'What the fake does.', default: 'findings' },
    { name: 'online', type: 'boolean', description: 'Allow network access.', default: false },
  ],
  async run(options: Options, ports: Ports) {
    const scenario = options.string('scenario');
    const paths = options.list('paths') ?? [];
    if (scenario === 'crash') throw new TypeError('boom: cannot read properties of undefined');
    if (scenario === 'tool-error') throw toolError('the checker gave up', { hint: 'try again' });
    if (scenario === 'bad-input') throw inputError('column "amount" is not numeric', { file: 'data/train.csv', line: 7, hint: 'fix the CSV' });
    const metrics: Record<string, unknown> = { paths };
    if (scenario === 'network') {
      try {
        await ports.fetch('http://127.0.0.1:9/never');
        metrics.network = 'allowed';
      } catch (e) {
        metrics.network = /network access is disabled/.test((e as Error).message) ? 'refused' : 'allowed';
      }
    }
    const findings =
      scenario === 'findings'
        ? [
            makeFinding({ tool: 'data-check', ruleId: 'DATA-PII-001', severity: 'high', title: 'Email addresses in training data', message: 'column email holds 12 addresses', location: { path: paths[0] ?? 'data.csv', startLine: 2 }, logicalKey: 'email' }),
            makeFinding({ tool: 'data-check', ruleId: 'DATA-DUP-002', severity: 'low', title: 'Duplicate rows', message: '3 duplicate rows', location: { path: paths[0] ?? 'data.csv' }, logicalKey: 'dups' }),
          ]
        : [];
    return { target: paths.join(', '), findings, metrics };
  },
};

/** A tool with sub-commands, like model-sign. */
export const fakeModelSign: ToolSpec = {
  tool: 'model-sign',
  description: 'Fake signer for CLI tests.',
  commands: ['sign', 'verify'],
  positional: 'model',
  options: [{ name: 'model', type: 'list', description: 'Model directory.' }],
  async run(options: Options) {
    return { target: (options.list('model') ?? []).join(','), findings: [], metrics: { command: options.string('command') } };
  },
};

/** A tool with sub-commands and a `command` option whose config or default applies when none is given. */
export const fakeIacScanWithCommands: ToolSpec = {
  tool: 'iac-scan',
  description: 'Fake tool with a defaulted command.',
  commands: ['scan', 'explain'],
  options: [{ name: 'command', type: 'enum', values: ['scan', 'explain'], description: 'What to do.', default: 'scan' }],
  async run(options: Options) {
    return { target: '.', findings: [], metrics: { command: options.string('command') } };
  },
};

export const FAKE_SPECS = [fakeDataCheck, fakeModelSign, fakeIacScanWithCommands];

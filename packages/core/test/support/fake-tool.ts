import { makeFinding, silentLogger, type Clock, type Finding, type FindingInput, type OptionSpec, type Options, type Ports, type ToolSpec } from '../../src/index.js';
import { memoryFileSystem } from './memory-fs.js';

/** A finding of the fake tool (it borrows the data-check name: tool names are a closed list). */
export function fakeFinding(over: Partial<FindingInput> = {}): Finding {
  return makeFinding({
    tool: 'data-check',
    ruleId: 'DATA-TEST-001',
    severity: 'high',
    title: 'Something is off',
    message: 'Column x has a problem',
    location: { path: 'data/train.csv', startLine: 3 },
    ...over,
  });
}

/**
 * A tiny ToolSpec: it returns the findings it is given and echoes its options into metrics,
 * so tests can see what the pipeline resolved.
 */
export function fakeSpec(findings: Finding[] | (() => Finding[] | Promise<Finding[]>) = []): ToolSpec & { calls: number } {
  const spec: ToolSpec & { calls: number } = {
    tool: 'data-check' as const,
    description: 'A fake tool for tests.',
    calls: 0,
    options: [
      { name: 'paths', type: 'list', description: 'What to scan.', default: ['.'] },
      { name: 'max-rows', type: 'number', description: 'Rows to read.', minimum: 1, maximum: 1000, default: 100 },
      { name: 'mode', type: 'enum', values: ['fast', 'thorough'], description: 'How hard to look.', default: 'fast' },
      { name: 'online', type: 'boolean', description: 'Allow network access.', default: false },
      { name: 'label', type: 'string', description: 'A label.' },
      { name: 'expectations', type: 'object', description: 'Structured settings.', schema: { type: 'object', additionalProperties: { type: 'number' } } },
    ] satisfies OptionSpec[],
    positional: 'paths',
    async run(options: Options) {
      spec.calls++;
      const list = typeof findings === 'function' ? await findings() : findings;
      return {
        target: (options.list('paths') ?? []).join(', '),
        findings: list,
        metrics: {
          paths: options.list('paths'),
          maxRows: options.number('max-rows'),
          mode: options.string('mode'),
          label: options.string('label') ?? null,
          failOn: options.string('fail-on'),
          failOnSource: options.source('fail-on'),
          maxRowsSource: options.source('max-rows'),
          expectations: options.object('expectations') ?? null,
        },
      };
    },
  };
  return spec;
}

export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let t = new Date(iso);
  return { now: () => new Date(t), set: (s: string) => void (t = new Date(s)) };
}

export function testPorts(files: Record<string, string> = {}, now = '2026-06-15T12:00:00Z'): Ports & { fs: ReturnType<typeof memoryFileSystem>; warnings: string[] } {
  const warnings: string[] = [];
  return {
    workspace: '/ws',
    fs: memoryFileSystem(files),
    log: { ...silentLogger, warning: (m: string) => void warnings.push(m) },
    clock: fixedClock(now),
    fetch: async () => {
      throw new Error('no network in tests');
    },
    warnings,
  };
}

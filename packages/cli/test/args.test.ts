import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isMlguardError } from '@mlguard/core';
import { parseArgs, type FlagSpec } from '../src/args.js';

const specs: FlagSpec[] = [
  { name: 'fail-on', boolean: false, repeatable: false },
  { name: 'warn-only', boolean: true, repeatable: false },
  { name: 'paths', boolean: false, repeatable: true },
  { name: 'output', boolean: false, repeatable: false, short: 'o' },
];
const parse = (argv: string[]) => {
  const r = parseArgs(argv, specs);
  return { flags: Object.fromEntries(r.flags), positionals: r.positionals };
};
const err = (argv: string[]) => {
  try {
    parseArgs(argv, specs);
  } catch (e) {
    if (isMlguardError(e)) return e.describe();
    throw e;
  }
  throw new Error('expected an error');
};

describe('parseArgs', () => {
  it('reads values, booleans, negations, repeats, short flags and --', () => {
    expect(parse(['--fail-on', 'low', 'a', '--warn-only', '--paths=x', '--paths', 'y', '-o', 'out.md', '--', '--not-a-flag'])).toEqual({
      flags: { 'fail-on': 'low', 'warn-only': 'true', paths: 'x\ny', output: 'out.md' },
      positionals: ['a', '--not-a-flag'],
    });
    expect(parse(['--no-warn-only']).flags).toEqual({ 'warn-only': 'false' });
    expect(parse(['--warn-only=false']).flags).toEqual({ 'warn-only': 'false' });
    expect(parse(['-', '--fail-on=']).flags).toEqual({ 'fail-on': '' });
  });

  it.each([
    [['--fail-onn', 'x'], 'unknown option --fail-onn (did you mean --fail-on?)'],
    [['--zzzzzzzz'], 'unknown option --zzzzzzzz (see --help)'],
    [['--fail-on'], '--fail-on needs a value'],
    [['--fail-on', '--warn-only'], '--fail-on needs a value'],
    [['--fail-on', 'a', '--fail-on', 'b'], '--fail-on given twice ("a" and "b")'],
    [['--no-fail-on'], '--fail-on takes a value, so there is no --no-fail-on'],
    [['-x'], 'unknown option -x (see --help)'],
  ])('%j -> %s', (argv, message) => {
    expect(err(argv)).toBe(message);
  });

  it('never throws anything but a usage error (property)', () => {
    const token = fc.oneof(fc.constantFrom('--fail-on', '--warn-only', '--no-warn-only', '--paths', '-o', '--', '-', '--=', '--no-', 'x', ''), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        try {
          parseArgs(argv, specs);
        } catch (e) {
          expect(isMlguardError(e) && e.kind === 'usage').toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

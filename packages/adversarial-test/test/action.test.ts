import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTION_OPTIONS, COMMON_OPTIONS } from '@mlguard/core';
import { ADVERSARIAL_OPTIONS } from '../src/options.js';

describe('actions/adversarial-test/action.yml', () => {
  const action = parse(readFileSync('actions/adversarial-test/action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: Record<string, string> };
  it('declares exactly the common, action and tool options as inputs, with no defaults but the token', () => {
    expect(Object.keys(action.inputs)).toEqual([...COMMON_OPTIONS, ...ACTION_OPTIONS, ...ADVERSARIAL_OPTIONS].map((o) => o.name));
    const withDefault = Object.entries(action.inputs).filter(([, v]) => v.default !== undefined).map(([k]) => k);
    expect(withDefault).toEqual(['token']);
  });
  it('runs the shared bundle on node24 and declares the tool outputs', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/adversarial-test/index.js' });
    expect(Object.keys(action.outputs)).toEqual(['passed', 'findings', 'blocking', 'result-file', 'sarif-file', 'html-report', 'robust-accuracy']);
  });
});

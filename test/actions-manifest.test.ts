import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { allOptionSpecs } from '@mlguard/core';
import { PUBLISH_INPUTS } from '@mlguard/github';
import { loadTools } from '../packages/cli/src/registry.js';

const TOOL_SPECS = await loadTools();

/**
 * Every action folder is a thin manifest over a committed bundle: node24, `main` pointing at an
 * existing dist bundle, and inputs that are exactly the options the code reads.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const actions = readdirSync(join(root, 'actions')).filter((a) => existsSync(join(root, 'actions', a, 'action.yml')));

interface Manifest {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const manifest = (a: string) => parse(readFileSync(join(root, 'actions', a, 'action.yml'), 'utf8')) as Manifest;

it('finds the action folders', () => {
  expect(actions).toContain('publish');
});

describe.each(actions)('actions/%s', (action) => {
  const m = manifest(action);

  it('runs on node24 from its committed dist bundle', () => {
    expect(m.runs?.using).toBe('node24');
    expect(m.runs?.main).toBe(`../../dist/${action}/index.js`);
    expect(existsSync(resolve(root, 'actions', action, m.runs!.main!))).toBe(true);
  });

  it('has a name, a description, a README and a one-line entry', () => {
    expect(m.name).toBeTruthy();
    expect(m.description).toBeTruthy();
    expect(existsSync(join(root, 'actions', action, 'README.md'))).toBe(true);
    expect(existsSync(join(root, 'actions', action, 'src', 'index.ts'))).toBe(true);
    for (const [name, input] of Object.entries(m.inputs ?? {})) expect([name, input.description ?? '']).toEqual([name, expect.stringMatching(/\S/)]);
  });

  const spec = TOOL_SPECS.find((s) => s.tool === action);
  if (spec) {
    it('declares exactly the common, channel and tool options as inputs', () => {
      // Structured ('object') options can only be set in the config file, so they are not inputs.
      const settable = allOptionSpecs(spec).filter((o) => o.type !== 'object');
      expect(Object.keys(m.inputs ?? {}).sort()).toEqual(settable.map((o) => o.name).sort());
    });

    it('keeps defaults out of action.yml (so the config file can win), except the token', () => {
      const withDefault = Object.entries(m.inputs ?? {}).filter(([, i]) => i.default !== undefined).map(([n]) => n);
      expect(withDefault).toEqual(['token']);
      expect(m.inputs?.token?.default).toBe('${{ github.token }}');
    });

    it('declares the standard outputs', () => {
      expect(Object.keys(m.outputs ?? {})).toEqual(expect.arrayContaining(['passed', 'findings', 'blocking', 'result-file', 'sarif-file']));
    });
  } else if (action === 'publish') {
    it('declares the publisher\'s own inputs', () => {
      expect(Object.keys(m.inputs ?? {}).sort()).toEqual(Object.keys(PUBLISH_INPUTS).sort());
    });
  } else {
    it('belongs to a tool registered in packages/cli/src/registry.ts', () => {
      expect(TOOL_SPECS.map((s) => s.tool)).toContain(action);
    });
  }
});

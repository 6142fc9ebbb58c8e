// A minimal Options/Ports pair for calling the ToolSpec directly, as the pipeline would.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Options, type Ports, type OptionValue, nodeFileSystem, silentLogger } from '@mlguard/core';
import { modelSignTool } from '../src/index.js';

export function fakeOptions(values: Record<string, OptionValue | undefined>): Options {
  const withDefaults: Record<string, unknown> = {};
  for (const o of modelSignTool.options) if ('default' in o && o.default !== undefined) withDefaults[o.name] = o.default;
  Object.assign(withDefaults, values);
  const get = (n: string) => withDefaults[n];
  return {
    string: (n) => (typeof get(n) === 'string' ? (get(n) as string) : undefined),
    boolean: (n) => (typeof get(n) === 'boolean' ? (get(n) as boolean) : undefined),
    number: (n) => (typeof get(n) === 'number' ? (get(n) as number) : undefined),
    list: (n) => (Array.isArray(get(n)) ? (get(n) as string[]) : undefined),
    object: (n) => get(n),
    source: (n) => (n in values ? 'test' : undefined),
  };
}

export function fakePorts(workspace: string, extra: Partial<Ports> = {}): Ports & { outputs: Record<string, string> } {
  const outputs: Record<string, string> = {};
  return {
    workspace,
    fs: nodeFileSystem(workspace),
    log: silentLogger,
    clock: { now: () => new Date() },
    fetch: async () => {
      throw new Error('no network in tests');
    },
    setOutput: (k, v) => {
      outputs[k] = v;
    },
    outputs,
    ...extra,
  };
}

/** Writes a file tree under a fresh temporary workspace. */
export function workspaceWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-sign-'));
  for (const [p, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), data);
  }
  return dir;
}

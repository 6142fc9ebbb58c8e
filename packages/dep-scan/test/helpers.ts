import { nodeFileSystem, silentLogger, noNetwork, type Options, type Ports, type Fetch, type Logger } from '@mlguard/core';

/** A minimal Options over a plain object (the shared pipeline resolves these in real runs). */
export function fakeOptions(values: Record<string, unknown>): Options {
  return {
    string: (n) => (typeof values[n] === 'string' ? (values[n] as string) : undefined),
    boolean: (n) => (typeof values[n] === 'boolean' ? (values[n] as boolean) : undefined),
    number: (n) => (typeof values[n] === 'number' ? (values[n] as number) : undefined),
    list: (n) => (Array.isArray(values[n]) ? (values[n] as string[]) : typeof values[n] === 'string' ? [values[n] as string] : undefined),
    object: (n) => values[n],
    source: (n) => (n in values ? `test ${n}` : undefined),
  };
}

export function fakePorts(dir: string, extra: { fetch?: Fetch; log?: Logger } = {}): Ports {
  return { workspace: dir, fs: nodeFileSystem(dir), log: extra.log ?? silentLogger, clock: { now: () => new Date('2026-11-26T10:00:00Z') }, fetch: extra.fetch ?? noNetwork };
}

export function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: (m) => lines.push(`debug ${m}`), info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), error: (m) => lines.push(`error ${m}`) };
}

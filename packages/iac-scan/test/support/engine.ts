import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem, noNetwork, silentLogger, type Clock, type Finding } from '@mlguard/core';
import { iacScanTool } from '../../src/index.js';

export { optionsFrom as options } from '@mlguard/testkit';
import { optionsFrom as options } from '@mlguard/testkit';

export const fixedClock = (iso = '2026-06-01T00:00:00Z'): Clock => ({ now: () => new Date(iso) });

export async function runOn(dir: string, values: Record<string, unknown> = {}) {
  return iacScanTool.run(options(values), { workspace: dir, fs: nodeFileSystem(dir), log: silentLogger, clock: fixedClock(), fetch: noNetwork });
}

export const at = (f: Finding) => `${f.ruleId}@${f.location?.path}:${f.location?.startLine}`;

/**
 * Expectations written in a fixture: a first comment `rules: A, B` lists the rules the file is about;
 * `expect: A, B` at the end of a line expects those findings on that line; `expect-next: A` on a
 * comment line expects them on the next line that is not a comment.
 */
export function expectations(dir: string, path: string): { rules: string[]; expected: string[] } {
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  const rules = /rules:\s*(.+)$/.exec(lines[0] ?? '')?.[1]?.split(',').map((s) => s.trim()) ?? [];
  const expected: string[] = [];
  lines.forEach((l, i) => {
    const same = /(?:#|\/\/)\s*expect:\s*([A-Z0-9, -]+)$/.exec(l);
    if (same) for (const r of same[1]!.split(',')) expected.push(`${r.trim()}@${path}:${i + 1}`);
    const next = /^\s*#\s*expect-next:\s*([A-Z0-9, -]+)$/.exec(l);
    if (next) {
      let j = i + 1;
      while (j < lines.length && /^\s*#/.test(lines[j]!)) j++;
      for (const r of next[1]!.split(',')) expected.push(`${r.trim()}@${path}:${j + 1}`);
    }
  });
  return { rules, expected: [...new Set(expected)].sort() };
}

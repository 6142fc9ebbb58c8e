import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Severity } from '@mlguard/core';

export interface FixtureFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  location?: { path: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
  help?: { text: string; uri?: string };
}

export function findings(n: number, severity: Severity, prefix = 'f'): FixtureFinding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'DATA-TEST-001',
    severity,
    title: `${prefix} ${i}`,
    message: `${prefix} message ${i}`,
    location: { path: 'data/train.csv', startLine: i + 1 },
  }));
}

/** A checkout with the replay fixture at findings.json and any extra files (e.g. .github/mlguard.yml). */
export async function workspaceWith(list: FixtureFinding[], files: Record<string, string> = {}): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'mlguard-ws-'));
  await writeFile(join(ws, 'findings.json'), JSON.stringify({ target: 'data/', findings: list }));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(ws, path)), { recursive: true });
    await writeFile(join(ws, path), text);
  }
  return ws;
}

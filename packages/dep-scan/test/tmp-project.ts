import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a small project into a fresh temp directory and returns its path. */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dep-scan-'));
  for (const [rel, body] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, body);
  }
  return dir;
}

export const osv = (id: string, eco: string, name: string, events: Record<string, string>[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: eco, name }, ranges: [{ type: 'ECOSYSTEM', events }] }], ...extra });

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real-world corpora folder: MLGUARD_CORPORA, else ../shared/corpora beside the checkout.
 * Missing data fails the suite (never a silent skip).
 */
export function corporaRoot(): string {
  const dir = process.env.MLGUARD_CORPORA ?? resolve(import.meta.dirname, '../../../../shared/corpora');
  if (!existsSync(dir)) throw new Error(`corpora folder not found: ${dir} (set MLGUARD_CORPORA)`);
  return dir;
}

export function corporaFile(...parts: string[]): string {
  const p = resolve(corporaRoot(), ...parts);
  if (!existsSync(p)) throw new Error(`corpora file missing: ${p}`);
  return p;
}

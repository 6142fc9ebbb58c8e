import type { Ecosystem } from '../versions/index.js';

/** PEP 503: lowercase, runs of `-`, `_`, `.` become one `-`. */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** OSV ecosystem strings may carry a suffix (`Debian:11`); only the part before `:` names it. */
export function ecosystemOf(osvEcosystem: string | undefined): Ecosystem | undefined {
  const base = (osvEcosystem ?? '').split(':')[0];
  if (base === 'PyPI') return 'PyPI';
  if (base === 'npm') return 'npm';
  return undefined;
}

/** The key both sides of a match are looked up by. */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}/${ecosystem === 'PyPI' ? pep503(name) : name}`;
}

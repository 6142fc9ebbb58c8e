import pep440 from '@renovatebot/pep440';

/**
 * PEP 440 ordering via @renovatebot/pep440 (4.2.x: CommonJS, runs on Node 20; 5.x needs Node 22).
 * Strings PEP 440 rejects ("legacy" versions such as `0.9-doduo`) sort below every PEP 440
 * version and among themselves by setuptools' LegacyVersion key, as OSV-Scalibr does.
 */

const validCache = new Map<string, boolean>();

export function isPep440(v: string): boolean {
  let ok = validCache.get(v);
  if (ok === undefined) {
    ok = pep440.valid(v) !== null;
    if (validCache.size > 200_000) validCache.clear();
    validCache.set(v, ok);
  }
  return ok;
}

// setuptools' legacy key: split into numeric and alpha parts, normalise pre-release words.
const LEGACY_REPLACE: Record<string, string> = { pre: 'c', preview: 'c', '-': 'final-', rc: 'c', dev: '@' };
function legacyKey(v: string): string[] {
  const parts: string[] = [];
  for (let part of v.toLowerCase().split(/(\d+|[a-z]+|\.|-)/)) {
    part = LEGACY_REPLACE[part] ?? part;
    if (!part || part === '.') continue;
    if (/^\d/.test(part)) parts.push(part.padStart(8, '0'));
    else parts.push(`*${part}`);
  }
  parts.push('*final');
  // Drop trailing zeros and '*final-' markers before numbers, like pkg_resources did.
  const out: string[] = [];
  for (const p of parts) {
    if (p.startsWith('*')) {
      if (p < '*final') while (out.length && out[out.length - 1] === '*final-') out.pop();
      while (out.length && out[out.length - 1] === '00000000') out.pop();
    }
    out.push(p);
  }
  return out;
}

function compareLegacy(a: string, b: string): number {
  const ka = legacyKey(a);
  const kb = legacyKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// pep440.compare re-parses both strings on every call; matching compares the same few versions
// against many range events, so results are memoised (bounded).
const cmpCache = new Map<string, number>();

export function comparePypi(a: string, b: string): number {
  const va = isPep440(a);
  const vb = isPep440(b);
  if (va && vb) {
    const key = `${a}\u0000${b}`;
    let c = cmpCache.get(key);
    if (c === undefined) {
      c = pep440.compare(a, b);
      if (cmpCache.size > 500_000) cmpCache.clear();
      cmpCache.set(key, c);
    }
    return c;
  }
  if (!va && !vb) return compareLegacy(a, b);
  return va ? 1 : -1;
}

export function isPypiPrerelease(v: string): boolean {
  if (!isPep440(v)) return false;
  const e = pep440.explain(v);
  return !!e && (e.is_prerelease || e.is_devrelease);
}

const cleanCache = new Map<string, string>();

/** Canonical PEP 440 spelling (`1.13` and `1.13.0` stay distinct strings but compare equal). */
export function normalizePypi(v: string): string {
  let c = cleanCache.get(v);
  if (c === undefined) {
    c = isPep440(v) ? (pep440.clean(v) ?? v) : v;
    if (cleanCache.size > 200_000) cleanCache.clear();
    cleanCache.set(v, c);
  }
  return c;
}

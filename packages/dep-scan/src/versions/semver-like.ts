import semver from 'semver';

/**
 * SemVer 2.0 precedence for npm (and SEMVER ranges). Valid SemVer goes through `semver`;
 * anything it rejects (a `v` prefix with odd parts, more than three components, numbers past
 * 2^53) falls back to OSV-Scalibr's lenient "semver-like" rule: components compared as big
 * integers, everything after the third component and any `+build` ignored.
 */

interface Loose {
  release: bigint[];
  pre: string[] | undefined;
}

function parseLoose(v: string): Loose {
  let s = v.trim();
  if (s.startsWith('v') || s.startsWith('V')) s = s.slice(1);
  const plus = s.indexOf('+');
  if (plus >= 0) s = s.slice(0, plus);
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(s);
  if (!m) return { release: [0n, 0n, 0n], pre: [s] };
  const release = [BigInt(m[1]!), BigInt(m[2] ?? '0'), BigInt(m[3] ?? '0')];
  let rest = m[4] ?? '';
  // Extra numeric components (1.1.3.4.5) count as build metadata, as in OSV-Scalibr.
  if (/^(\.\d+)+$/.test(rest)) rest = '';
  const pre = rest.startsWith('-') ? rest.slice(1).split('.') : rest ? [rest.replace(/^\./, '')] : undefined;
  return { release, pre };
}

function compareIdent(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  if (na) return -1;
  if (nb) return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareLoose(a: string, b: string): number {
  const x = parseLoose(a);
  const y = parseLoose(b);
  for (let i = 0; i < 3; i++) {
    const p = x.release[i]!;
    const q = y.release[i]!;
    if (p !== q) return p < q ? -1 : 1;
  }
  if (!x.pre && !y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const c = compareIdent(p, q);
    if (c) return c;
  }
  return 0;
}

// Matching compares one installed version against many range events: memoise (bounded).
const cache = new Map<string, number>();

export function compareSemver(a: string, b: string): number {
  const key = `${a}\u0000${b}`;
  let c = cache.get(key);
  if (c === undefined) {
    const sa = semver.valid(a);
    const sb = semver.valid(b);
    c = sa && sb ? semver.compare(sa, sb) : compareLoose(a, b);
    if (cache.size > 500_000) cache.clear();
    cache.set(key, c);
  }
  return c;
}

export function isValidSemverLike(v: string): boolean {
  return /^v?\d+(\.\d+)*([-+.].*)?$/.test(v.trim());
}

export function isSemverPrerelease(v: string): boolean {
  return parseLoose(v).pre !== undefined;
}

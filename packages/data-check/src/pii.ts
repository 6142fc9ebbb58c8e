/**
 * PII and secret detectors per column. Training data leaks through models (memorisation, membership
 * inference), so personal data and credentials in a training set are findings. Candidates are counted
 * with one regex per detector in SQL (patterns valid in RE2 and PostgreSQL's ARE); card numbers (Luhn),
 * IBANs (mod 97), SSNs and IP addresses are then validated on up to 500 distinct candidates and the
 * count scaled by the valid share. Values are never printed: only masked samples.
 */
import type { Severity } from '@mlguard/core';
import type { Relation } from './relation.js';
import { num } from './sql/runner.js';

export interface Detector {
  id: string;
  name: string;
  severity: Severity;
  pattern: string;
  validate?: (s: string) => boolean;
  mask: (s: string) => string;
}

export function luhn(digits: string): boolean {
  const d = digits.replace(/[^0-9]/g, '');
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

export function ibanValid(s: string): boolean {
  const v = s.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(v)) return false;
  const r = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (const ch of r) {
    const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of n) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem === 1;
}

const ssnValid = (s: string) => {
  const [a, g, n] = s.split('-');
  return a !== '000' && a !== '666' && !a!.startsWith('9') && g !== '00' && n !== '0000';
};
const ipValid = (s: string) => s.split('.').every((o) => Number(o) <= 255 && String(Number(o)) === o);

const keepEnds = (s: string, head: number, tail: number) => (s.length <= head + tail ? '*'.repeat(s.length) : `${s.slice(0, head)}${'*'.repeat(Math.min(s.length - head - tail, 12))}${tail ? s.slice(-tail) : ''}`);

export const DETECTORS: readonly Detector[] = [
  {
    id: 'email',
    name: 'e-mail address',
    severity: 'medium',
    pattern: '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}',
    mask: (s) => s.replace(/^(.)[^@]*@(.)[^.]*(\..*)$/, '$1***@$2***$3'),
  },
  { id: 'phone', name: 'phone number', severity: 'medium', pattern: '\\+[1-9][0-9]{7,14}|\\(?[0-9]{3}\\)?[-. ][0-9]{3}[-. ][0-9]{4}', mask: (s) => keepEnds(s, 2, 2) },
  { id: 'card', name: 'payment card number', severity: 'high', pattern: '[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{1,7}', validate: luhn, mask: (s) => `**** ${s.replace(/[^0-9]/g, '').slice(-4)}` },
  { id: 'iban', name: 'IBAN', severity: 'high', pattern: '[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}', validate: ibanValid, mask: (s) => keepEnds(s, 2, 2) },
  { id: 'ssn', name: 'US social security number', severity: 'high', pattern: '[0-9]{3}-[0-9]{2}-[0-9]{4}', validate: ssnValid, mask: (s) => `***-**-${s.slice(-4)}` },
  { id: 'ip', name: 'IP address', severity: 'low', pattern: '[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}', validate: ipValid, mask: (s) => s.replace(/\.[0-9]+\.[0-9]+$/, '.*.*') },
  {
    id: 'secret',
    name: 'secret (cloud key or API token)',
    severity: 'critical',
    pattern: '(AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[baprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|sk_live_[0-9A-Za-z]{24,}|-----BEGIN [A-Z ]*PRIVATE KEY-----',
    mask: (s) => keepEnds(s, 4, 0),
  },
];

export interface PiiHit {
  column: string;
  detector: Detector;
  rows: number;
  share: number;
  maskedSamples: string[];
}

const CHUNK = 100;
const SAMPLE = 500;

export async function detectPii(rel: Relation, opts: { columns?: string[]; exclude: string[] }): Promise<PiiHit[]> {
  const d = rel.runner.dialect;
  const cols = rel.columns.filter((c) => c.family === 'string' && (!opts.columns || opts.columns.includes(c.name)) && !opts.exclude.includes(c.name));
  // Prefilter: one combined regex per column, so wide tables cost a few scans, not one per detector.
  const any = DETECTORS.map((x) => `(${x.pattern})`).join('|');
  const flagged: string[] = [];
  for (let i = 0; i < cols.length; i += 500) {
    const chunk = cols.slice(i, i + 500);
    const [r] = await rel.runner.query(`SELECT ${chunk.map((c, j) => `${d.countIf(d.regex(d.ident(c.name), any))} AS c${j}`).join(', ')} FROM ${rel.sql}`);
    chunk.forEach((c, j) => (num(r![`c${j}`]) ?? 0) > 0 && flagged.push(c.name));
  }
  const pairs = flagged.flatMap((c) => DETECTORS.map((det) => ({ c, det })));
  const hits: PiiHit[] = [];
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const [r] = await rel.runner.query(`SELECT ${chunk.map((p, j) => `${d.countIf(d.regex(d.ident(p.c), p.det.pattern))} AS h${j}`).join(', ')} FROM ${rel.sql}`);
    for (const [j, p] of chunk.entries()) {
      const candidates = num(r![`h${j}`]) ?? 0;
      if (!candidates) continue;
      const col = d.ident(p.c);
      const ex = d.regexExtract(col, p.det.pattern);
      const vals = (await rel.runner.query(`SELECT DISTINCT ${ex} AS v FROM ${rel.sql} WHERE ${d.regex(col, p.det.pattern)} ${d.limit(SAMPLE)}`)).map((x) => String(x.v ?? ''));
      const valid = p.det.validate ? vals.filter((v) => v && p.det.validate!(v)) : vals.filter(Boolean);
      if (!valid.length) continue;
      const rows = p.det.validate ? Math.round((candidates * valid.length) / vals.length) : candidates;
      hits.push({ column: p.c, detector: p.det, rows, share: rel.rowCount ? rows / rel.rowCount : 0, maskedSamples: valid.sort().slice(0, 3).map(p.det.mask) });
    }
  }
  return hits;
}

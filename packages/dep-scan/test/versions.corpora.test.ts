import { readFileSync } from 'node:fs';
import { comparePypi, compareSemver } from '../src/public.js';
import { corporaFile } from './corpora-root.js';

/** OSV-Scalibr's ordering vectors (`a < b`, `a > b`, `a = b` per line; `//` comments). */
function vectors(file: string): { a: string; op: string; b: string; line: number }[] {
  return readFileSync(corporaFile('versions', file), 'utf8')
    .split('\n')
    .map((l, i) => ({ l: l.trim(), line: i + 1 }))
    .filter(({ l }) => l && !l.startsWith('//'))
    .map(({ l, line }) => {
      const m = /^(\S+) ([<>=]) (\S+)$/.exec(l);
      if (!m) throw new Error(`${file}:${line}: unreadable vector "${l}"`);
      return { a: m[1]!, op: m[2]!, b: m[3]!, line };
    });
}

function check(file: string, compare: (a: string, b: string) => number) {
  const vs = vectors(file);
  const wrong = vs.filter(({ a, op, b }) => {
    const c = Math.sign(compare(a, b));
    const back = Math.sign(compare(b, a));
    const want = op === '<' ? -1 : op === '>' ? 1 : 0;
    return c !== want || back !== -want;
  });
  return { total: vs.length, wrong: wrong.map((w) => `${file}:${w.line} ${w.a} ${w.op} ${w.b}`) };
}

describe('version ordering vectors (google/osv-scalibr semantic/testdata)', () => {
  it('reproduces every PEP 440 ordering in pypi-versions-generated.txt, both directions', () => {
    const r = check('pypi-versions-generated.txt', comparePypi);
    expect(r.total).toBeGreaterThan(12_000);
    expect(r.wrong).toEqual([]);
  });
  it('reproduces every ordering in pypi-versions.txt, legacy versions included', () => {
    const r = check('pypi-versions.txt', comparePypi);
    expect(r.total).toBeGreaterThan(30);
    expect(r.wrong).toEqual([]);
  });
  it('reproduces every ordering in semver-versions.txt', () => {
    const r = check('semver-versions.txt', compareSemver);
    expect(r.total).toBeGreaterThan(80);
    expect(r.wrong).toEqual([]);
  });
});

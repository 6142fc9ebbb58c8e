import fc from 'fast-check';
import { nodeFileSystem } from '@mlguard/core';
import { comparePypi, compareSemver, recordAffects, parseFile, type OsvRecord } from '../src/public.js';
import type { ManifestKind } from '../src/discover.js';
import { parsePnpmKey } from '../src/parsers/npm-locks.js';
import { namesIn } from '../src/sources/name-scan.js';
import { project } from './tmp-project.js';

/** Property tests: untrusted manifests and advisory data never crash the engine or hang it. */

const versionish = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.constantFrom('', 'a1', 'rc2', '.post1', '.dev3', '+local', '-beta.1', '-1')).map(([a, b, c, s]) => `${a}.${b}.${c}${s}`),
);

describe('fuzzing', () => {
  it('comparators are total and antisymmetric on arbitrary strings', () => {
    fc.assert(
      fc.property(versionish, versionish, (a, b) => {
        for (const cmp of [comparePypi, compareSemver]) {
          const x = Math.sign(cmp(a, b));
          const y = Math.sign(cmp(b, a));
          if (x !== -y) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('range evaluation never throws on arbitrary events and versions', () => {
    const event = fc.oneof(...(['introduced', 'fixed', 'last_affected', 'limit'] as const).map((k) => versionish.map((v) => ({ [k]: v }))));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.array(versionish, { maxLength: 4 }), versionish, fc.constantFrom('PyPI', 'npm'), (events, versions, v, eco) => {
        const rec: OsvRecord = { id: 'F', affected: [{ package: { ecosystem: eco, name: 'p' }, ranges: [{ type: 'ECOSYSTEM', events }], versions }] };
        const r = recordAffects(rec, eco as 'PyPI' | 'npm', 'p', v);
        return r === undefined || typeof r === 'object';
      }),
      { numRuns: 2000 },
    );
  });

  it('name pre-filter and pnpm key parsing accept any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => Array.isArray(namesIn(s)) && (parsePnpmKey(s) === undefined || typeof parsePnpmKey(s)!.name === 'string')), { numRuns: 3000 });
  });

  it('every parser returns packages or a clear error for arbitrary input', async () => {
    const kinds: [ManifestKind, string][] = [
      ['requirements', 'requirements.txt'], ['poetry-lock', 'poetry.lock'], ['uv-lock', 'uv.lock'], ['pipfile-lock', 'Pipfile.lock'], ['pylock', 'pylock.toml'], ['pdm-lock', 'pdm.lock'],
      ['pyproject', 'pyproject.toml'], ['conda', 'environment.yml'], ['notebook', 'nb.ipynb'], ['package-lock', 'package-lock.json'], ['pnpm-lock', 'pnpm-lock.yaml'], ['yarn-lock', 'yarn.lock'],
    ];
    // Structured documents with the keys each format has and arbitrary values under them.
    const shaped = fc.oneof(
      fc.record({ cells: fc.array(fc.record({ cell_type: fc.constantFrom('code', 'markdown'), source: fc.oneof(fc.jsonValue(), fc.constant('%pip install torch==1.0')) }), { maxLength: 3 }) }),
      fc.record({ lockfileVersion: fc.constantFrom(1, 2, 3), packages: fc.dictionary(fc.constantFrom('', 'node_modules/a', 'node_modules/a/node_modules/b'), fc.jsonValue()), dependencies: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()) }),
      fc.record({ default: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()), develop: fc.jsonValue() }),
    ).map((o) => JSON.stringify(o));
    const text = fc.oneof(
      shaped,
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)),
      fc.array(fc.constantFrom('[[package]]', 'name = "x"', 'version = "1"', 'packages:', '  /a/1.0.0:', '-r x.txt', 'a==1', '"a@^1":', '  version "1"', '{', '}', '- pip:', '  - b==2'), { maxLength: 12 }).map((l) => l.join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), text, async ([kind, name], body) => {
        const dir = project({ [name]: body });
        const r = await parseFile(nodeFileSystem(dir), { path: name, kind });
        // A JavaScript error leaking out of a parser (TypeError, stack overflow) is a bug, not a clear error.
        if (r.error) return !/Cannot read|undefined|not a function|call stack|not iterable/.test(r.error.message);
        return Array.isArray(r.output?.packages);
      }),
      { numRuns: 600 },
    );
  });
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeFileSystem } from '@mlguard/core';
import { parseFile, kindOf, depScanTool } from '../src/index.js';
import type { ManifestKind } from '../src/discover.js';
import { corporaFile, corporaRoot } from './corpora-root.js';
import { fakeOptions, fakePorts } from './helpers.js';

/**
 * OSV-Scalibr's Python and JavaScript extractor fixtures (Apache-2.0) and two real lockfiles.
 * Expected packages are in fixtures/scalibr-expected.json (name@version per fixture; reviewed
 * against the fixture text, and for the TOML/JSON formats cross-checked with Python's tomllib/json).
 * Deliberate differences from OSV-Scalibr: requirements with `>=`/`~=` are reported as unpinned
 * findings rather than scanned at their lower bound; conda-meta and bun.lock are out of scope.
 */

const expected = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'scalibr-expected.json'), 'utf8')) as Record<string, string[]>;

const FOLDER_KIND: Record<string, ManifestKind> = {
  requirements: 'requirements', poetrylock: 'poetry-lock', uvlock: 'uv-lock', pipfilelock: 'pipfile-lock', pylock: 'pylock',
  pdmlock: 'pdm-lock', pyprojecttoml: 'pyproject', packagelockjson: 'package-lock', pnpmlock: 'pnpm-lock', yarnlock: 'yarn-lock',
};
const INVALID = new Set([
  'javascript/packagelockjson/not-json.txt', 'javascript/pnpmlock/not-yaml.txt', 'python/pdmlock/not-toml.txt', 'python/pipfilelock/empty-file',
  'python/pipfilelock/not-json.txt', 'python/poetrylock/not-toml.txt', 'python/pylock/not-toml.txt', 'python/pyprojecttoml/malformed.toml', 'python/uvlock/not-toml.txt',
]);

function fixtures(): { rel: string; kind: ManifestKind }[] {
  const root = join(corporaRoot(), 'lockfiles', 'osv-scalibr');
  const out: { rel: string; kind: ManifestKind }[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = relative(root, p);
        const folder = rel.split('/')[1] ?? '';
        const kind = FOLDER_KIND[folder];
        if (kind) out.push({ rel, kind });
      }
    }
  };
  walk(root);
  return out;
}

describe('OSV-Scalibr lockfile fixtures', () => {
  const all = fixtures();
  const fs = nodeFileSystem(join(corporaRoot(), 'lockfiles', 'osv-scalibr'));

  it('finds the fixture folders', () => {
    expect(all.length).toBeGreaterThan(140);
  });

  it('yields the expected packages and versions for every valid fixture', async () => {
    const diffs: string[] = [];
    for (const f of all.filter((x) => !INVALID.has(x.rel))) {
      const r = await parseFile(fs, { path: f.rel, kind: f.kind });
      if (r.error) {
        diffs.push(`${f.rel}: unexpected error ${r.error.message}`);
        continue;
      }
      const got = [...new Set(r.output!.packages.map((p) => `${p.name}@${p.version ?? p.spec ?? '?'}`))].sort();
      const want = expected[f.rel];
      if (!want) diffs.push(`${f.rel}: no expectation recorded`);
      else if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`${f.rel}: got ${got.join(' ')} want ${want.join(' ')}`);
      // Every located package points at a line that names it.
      for (const p of r.output!.packages) {
        if (p.line === undefined || p.source !== 'registry') continue;
        const text = readFileSync(join(corporaRoot(), 'lockfiles', 'osv-scalibr', p.file), 'utf8').split('\n')[p.line - 1] ?? '';
        const short = p.name.split('/').pop()!.toLowerCase();
        if (!text.toLowerCase().includes(short) && !text.toLowerCase().includes(short.replace(/-/g, '_')) && !/\[\[package/.test(text)) diffs.push(`${f.rel}:${p.line}: line does not name ${p.name}: ${text.trim().slice(0, 80)}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('reports every invalid fixture as a clear error naming the file, and the rest of a scan goes on', async () => {
    for (const rel of INVALID) {
      const kind = all.find((f) => f.rel === rel)!.kind;
      const r = await parseFile(fs, { path: rel, kind });
      expect(r.error).toBeDefined();
      expect(r.error!.message).toMatch(/not valid|not a pnpm lockfile/);
      expect(r.error!.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('requirements: pins, includes, loops, env vars, URLs and per-requirement options as pip reads them', async () => {
    const pinned = async (rel: string) => {
      const r = await parseFile(fs, { path: `python/requirements/${rel}`, kind: 'requirements' });
      return { pins: r.output!.packages.filter((p) => p.version).map((p) => `${p.name}@${p.version}`), notes: r.output!.notes.map((n) => n.kind) };
    };
    expect((await pinned('with_versions.txt')).pins).toEqual(['nltk@3.2.2', 'tabulate@0.7.7', 'qwerty@0.1', 'hy-phen@1.2', 'under_score@1.3', 'pkg.dot.name@5.0.0', 'yolo@1.0']);
    expect((await pinned('env_var.txt')).notes).toEqual(['unscannable']);
    expect((await pinned('loop.txt')).notes).toEqual(['include-loop']);
    const opts = await pinned('per_req_options.txt');
    for (const n of [1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14]) expect(opts.pins).toContain(`foo${n}@1.0`);
    expect(opts.notes.filter((n) => n === 'parse-error')).toHaveLength(3); // foo7, foo10, foo15
    const ex = await pinned('example.txt');
    expect(ex.pins).toEqual(expect.arrayContaining(['docopt@0.6.1', 'pandas@2.2.3']));
    expect(ex.notes.filter((n) => n === 'unscannable').length).toBeGreaterThanOrEqual(3); // urllib3 @ zip, local wheel, URL, missing -c file
  });
});

describe('real-world lockfiles', () => {
  const fs = nodeFileSystem(join(corporaRoot(), 'lockfiles', 'real-world'));
  it('parses pydantic-ai uv.lock completely, keeping several versions of one package', async () => {
    corporaFile('lockfiles', 'real-world', 'pydantic-ai.uv.lock');
    const r = await parseFile(fs, { path: 'pydantic-ai.uv.lock', kind: 'uv-lock' });
    const reg = r.output!.packages.filter((p) => p.source === 'registry');
    expect(reg.length).toBe(340);
    const numpy = reg.filter((p) => p.name === 'numpy').map((p) => p.version);
    expect(new Set(numpy).size).toBeGreaterThan(1);
    expect(reg.every((p) => p.line && p.version)).toBe(true);
    expect(reg.some((p) => p.direct)).toBe(true);
    expect(reg.some((p) => p.introducedThrough?.length)).toBe(true);
  });
  it('parses checkov Pipfile.lock completely (default and develop)', async () => {
    const r = await parseFile(fs, { path: 'checkov.Pipfile.lock', kind: 'pipfile-lock' });
    const pk = r.output!.packages;
    expect(pk.filter((p) => !p.dev)).toHaveLength(99);
    expect(pk.filter((p) => p.dev)).toHaveLength(87);
    expect(pk.every((p) => p.version && p.line)).toBe(true);
  });
  it('discovers these files by name', () => {
    expect(kindOf('x/uv.lock')).toBe('uv-lock');
    expect(kindOf('Pipfile.lock')).toBe('pipfile-lock');
  });
});

describe('the issue demonstration: example project against the PyPA export', () => {
  it('reports the vulnerable pins with the right OSV ids, lines and fix versions', async () => {
    const zip = corporaFile('osv', 'PyPI-pypa-2024-10-10.zip');
    const example = join(import.meta.dirname, '../../../examples/fraud-detection');
    const r = await depScanTool.run(fakeOptions({ paths: ['.'], advisories: [zip] }), fakePorts(example));
    const got = Object.fromEntries(r.findings.filter((f) => f.ruleId.startsWith('PYSEC-')).map((f) => [f.ruleId, `${f.location?.path}:${f.location?.startLine} fix ${f.properties.fixedIn}`]));
    expect(got).toMatchObject({
      'PYSEC-2022-288': 'requirements.txt:8 fix 1.2.0',
      'PYSEC-2022-43015': 'requirements.txt:9 fix 1.13.1',
      'PYSEC-2023-28': 'requirements.txt:10 fix 2.2.2',
      'PYSEC-2024-51': 'requirements.txt:10 fix 2.10.1',
      'PYSEC-2022-168': 'requirements.txt:11 fix 9.0.1',
      'PYSEC-2023-74': 'requirements.txt:12 fix 2.31.0',
      'PYSEC-2021-142': 'requirements.txt:14 fix 5.4',
      'PYSEC-2023-62': 'requirements.txt:15 fix 2.2.5',
    });
    expect(Object.keys(got)).toHaveLength(16);
    const mlflow = r.findings.find((f) => f.ruleId === 'PYSEC-2023-28')!;
    expect(mlflow.properties.minimalSafeUpgrade).toBe('2.10.1');
    expect((r.metrics.database as { records: number }[])[0]!.records).toBe(2661);
    expect(r.summaryMarkdown).toContain('CC-BY-4.0');
  });
});

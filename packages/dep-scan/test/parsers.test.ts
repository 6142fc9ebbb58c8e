import { nodeFileSystem } from '@mlguard/core';
import { parseFile } from '../src/public.js';
import type { ManifestKind } from '../src/discover.js';
import { project } from './tmp-project.js';

async function parse(files: Record<string, string>, path: string, kind: ManifestKind) {
  const dir = project(files);
  const r = await parseFile(nodeFileSystem(dir), { path, kind });
  return r;
}
const brief = (r: Awaited<ReturnType<typeof parse>>) => r.output!.packages.map((p) => `${p.name}@${p.version ?? p.spec}:${p.line}${p.direct ? ':direct' : ''}${p.dev ? ':dev' : ''}`);

describe('requirements files', () => {
  it('follows -r/-c includes relative to the file, joins continuations and strips hashes', async () => {
    const r = await parse(
      {
        'req/base.txt': 'torch==2.1.0+cu121 \\\n    --hash=sha256:aaa \\\n    --hash=sha256:bbb\nnumpy[extra]==1.26.4 ; python_version >= "3.10"\n-c ../constraints.txt\n',
        'constraints.txt': 'urllib3==1.26.5\n',
      },
      'req/base.txt',
      'requirements',
    );
    expect(brief(r)).toEqual(['torch@2.1.0+cu121:1:direct', 'numpy@1.26.4:4:direct', 'urllib3@1.26.5:1']);
    expect(r.output!.packages[1]!.marker).toBe('python_version >= "3.10"');
    expect(r.output!.packages[2]!.file).toBe('constraints.txt');
  });
  it('reports loops, env references, URLs, local paths, editables and extra indexes instead of failing', async () => {
    const r = await parse(
      {
        'a.txt': '-r b.txt\nflask==${FLASK_VERSION}\n-e git+https://github.com/x/y.git#egg=y\n./wheels/pkg-1.0-py3-none-any.whl\nurllib3 @ https://example.com/u.zip\n--extra-index-url https://user:secret@private.example/simple\nok==1.0\n',
        'b.txt': '-r a.txt\nsix==1.16.0\n',
      },
      'a.txt',
      'requirements',
    );
    expect(brief(r)).toEqual(['six@1.16.0:2:direct', 'ok@1.0:7:direct']);
    const notes = r.output!.notes.map((n) => `${n.kind}:${n.file}:${n.line}`);
    expect(notes).toEqual(['include-loop:b.txt:1', 'unscannable:a.txt:2', 'unscannable:a.txt:3', 'unscannable:a.txt:4', 'unscannable:a.txt:5', 'extra-index:a.txt:6']);
    // Credentials in an index URL never reach a report.
    expect(JSON.stringify(r.output!.notes)).not.toContain('secret');
    const urls = await parse({ 'r.txt': 'https://bob:tok3n@pypi.internal/x-1.0-py3-none-any.whl\n-e git+https://ghp_abc@github.com/o/r.git#egg=r\n' }, 'r.txt', 'requirements');
    expect(JSON.stringify(urls.output!.notes)).not.toMatch(/tok3n|ghp_abc/);
  });
  it('keeps unpinned requirements with their spec and reports bad lines with their line number', async () => {
    const r = await parse({ 'requirements.txt': 'torch>=1.0\nasdf==\nscikit-learn~=1.2\n' }, 'requirements.txt', 'requirements');
    expect(brief(r)).toEqual(['torch@>=1.0:1:direct', 'scikit-learn@~=1.2:3:direct']);
    expect(r.output!.notes).toEqual([expect.objectContaining({ kind: 'parse-error', line: 2 })]);
  });
  it('never follows includes out of the repository', async () => {
    const r = await parse({ 'reqs/a.txt': '-r /etc/passwd\n-r ../../outside.txt\n-r ../ok.txt\n', 'ok.txt': 'six==1.16.0\n' }, 'reqs/a.txt', 'requirements');
    expect(brief(r)).toEqual(['six@1.16.0:1:direct']);
    expect(r.output!.notes.map((n) => `${n.kind}:${n.line}:${n.message}`)).toEqual([
      'unscannable:1:include /etc/passwd points outside the repository and is not followed.',
      'unscannable:2:include ../../outside.txt points outside the repository and is not followed.',
    ]);
  });
  it('marks requirements-dev files as dev', async () => {
    const r = await parse({ 'requirements-dev.txt': 'pytest==8.0.0\n' }, 'requirements-dev.txt', 'requirements');
    expect(brief(r)).toEqual(['pytest@8.0.0:1:direct:dev']);
  });
});

describe('Python lockfiles', () => {
  it('poetry.lock 2.x groups and 1.x category; direct from pyproject.toml', async () => {
    const lock = '[[package]]\nname = "requests"\nversion = "2.25.1"\ngroups = ["main"]\n\n[[package]]\nname = "pytest"\nversion = "8.0.0"\ngroups = ["dev"]\n\n[[package]]\nname = "idna"\nversion = "2.10"\ncategory = "main"\n';
    const py = '[tool.poetry.dependencies]\npython = "^3.10"\nrequests = "^2.25"\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n';
    const r = await parse({ 'poetry.lock': lock, 'pyproject.toml': py }, 'poetry.lock', 'poetry-lock');
    expect(brief(r)).toEqual(['requests@2.25.1:2:direct', 'pytest@8.0.0:7:direct:dev', 'idna@2.10:12']);
  });
  it('uv.lock: skips the project itself, keeps forks, computes dev-only and paths', async () => {
    const lock = [
      'version = 1',
      '[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [{ name = "httpx" }]\n[package.dev-dependencies]\ndev = [{ name = "pytest" }]',
      '[[package]]\nname = "httpx"\nversion = "0.27.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "h11" }]',
      '[[package]]\nname = "h11"\nversion = "0.14.0"\nsource = { registry = "https://pypi.org/simple" }',
      '[[package]]\nname = "pytest"\nversion = "8.0.0"\nsource = { registry = "https://pypi.org/simple" }',
      '[[package]]\nname = "numpy"\nversion = "1.26.4"\nsource = { registry = "https://pypi.org/simple" }',
      '[[package]]\nname = "numpy"\nversion = "2.1.0"\nsource = { registry = "https://pypi.org/simple" }',
    ].join('\n\n');
    const r = await parse({ 'uv.lock': lock }, 'uv.lock', 'uv-lock');
    expect(brief(r)).toEqual(['httpx@0.27.0:12:direct', 'h11@0.14.0:18', 'pytest@8.0.0:23:direct:dev', 'numpy@1.26.4:28', 'numpy@2.1.0:33']);
    expect(r.output!.packages.find((p) => p.name === 'h11')!.introducedThrough).toEqual(['httpx']);
  });
  it('Pipfile.lock default/develop, pdm.lock groups, pylock.toml packages, pyproject dependencies', async () => {
    const pipfile = JSON.stringify({ _meta: {}, default: { flask: { version: '==2.2.2' } }, develop: { pytest: { version: '==8.0.0' } } }, null, 4);
    expect(brief(await parse({ 'Pipfile.lock': pipfile }, 'Pipfile.lock', 'pipfile-lock'))).toEqual(['flask@2.2.2:4', 'pytest@8.0.0:9:dev']);
    const pdm = '[[package]]\nname = "six"\nversion = "1.16.0"\ngroups = ["default"]\n\n[[package]]\nname = "ruff"\nversion = "0.5.0"\ngroups = ["lint"]\n';
    expect(brief(await parse({ 'pdm.lock': pdm }, 'pdm.lock', 'pdm-lock'))).toEqual(['six@1.16.0:2', 'ruff@0.5.0:7:dev']);
    const pylock = "lock-version = '1.0'\n[[packages]]\nname = 'attrs'\nversion = '25.1.0'\n";
    expect(brief(await parse({ 'pylock.toml': pylock }, 'pylock.toml', 'pylock'))).toEqual(['attrs@25.1.0:3']);
    const pyproject = '[project]\nname = "x"\ndependencies = [\n  "requests==2.32.0",\n  "numpy>=1.26",\n]\n[project.optional-dependencies]\ndev = ["pytest==8.0.0"]\n';
    expect(brief(await parse({ 'pyproject.toml': pyproject }, 'pyproject.toml', 'pyproject'))).toEqual(['requests@2.32.0:4:direct', 'numpy@>=1.26:5:direct', 'pytest@8.0.0:8:direct:dev']);
  });
  it('pyproject.toml Poetry tables: exact versions pinned, caret ranges unpinned, python skipped', async () => {
    const py = '[tool.poetry.dependencies]\npython = "^3.10"\ntorch = "1.13.0"\nrequests = "^2.25"\nmlflow = { version = "2.2.1", extras = ["extras"] }\n[tool.poetry.group.dev.dependencies]\npytest = "8.0.0"\n';
    expect(brief(await parse({ 'pyproject.toml': py }, 'pyproject.toml', 'pyproject'))).toEqual(['torch@1.13.0:3:direct', 'requests@^2.25:4:direct', 'mlflow@2.2.1:5:direct', 'pytest@8.0.0:7:direct:dev']);
  });
  it('conda environment.yml: pip section scanned, conda packages reported as not covered', async () => {
    const env = 'name: t\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n    - torch==2.0.0\n    - --extra-index-url https://download.pytorch.org/whl/cu118\n';
    const r = await parse({ 'environment.yml': env }, 'environment.yml', 'conda');
    expect(brief(r)).toEqual(['torch@2.0.0:6:direct']);
    expect(r.output!.notes.map((n) => `${n.kind}:${n.line}`)).toEqual(['conda:3', 'extra-index:7']);
  });
  it('notebooks: %pip and !pip install lines, located in the .ipynb text', async () => {
    const nb = JSON.stringify({ cells: [{ cell_type: 'markdown', source: ['# t'] }, { cell_type: 'code', source: ['import os\n', '%pip install -q transformers==4.30.0 "torch>=2" --index-url https://download.pytorch.org/whl/cpu\n'] }, { cell_type: 'code', source: '!pip install gradio==3.34.0' }] }, null, 1);
    const r = await parse({ 'nb.ipynb': nb }, 'nb.ipynb', 'notebook');
    const lines = nb.split('\n');
    expect(r.output!.packages.map((p) => `${p.name}@${p.version ?? p.spec}`)).toEqual(['transformers@4.30.0', 'torch@>=2', 'gradio@3.34.0']);
    expect(r.output!.notes).toEqual([]); // the index URL is a flag value, not a requirement
    for (const p of r.output!.packages) expect(lines[p.line! - 1]).toContain(p.name);
  });
});

describe('JavaScript lockfiles', () => {
  const pkgLockV3 = JSON.stringify(
    {
      name: 'app', lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { express: '^4.0.0' }, devDependencies: { jest: '^29' } },
        'node_modules/express': { version: '4.17.1', dependencies: { qs: '6.7.0', 'body-parser': '1.19.0' } },
        'node_modules/body-parser': { version: '1.19.0', dependencies: { qs: '6.7.0' } },
        'node_modules/body-parser/node_modules/qs': { version: '6.7.0' },
        'node_modules/qs': { version: '6.5.0' },
        'node_modules/jest': { version: '29.0.0', dev: true },
      },
    },
    null,
    2,
  );
  it('package-lock v3: nested copies, dev flags and the path from a direct dependency', async () => {
    const r = await parse({ 'package-lock.json': pkgLockV3 }, 'package-lock.json', 'package-lock');
    expect(brief(r)).toEqual(['express@4.17.1:14:direct', 'body-parser@1.19.0:21', 'qs@6.7.0:27', 'qs@6.5.0:30', 'jest@29.0.0:33:direct:dev']);
    expect(r.output!.packages[2]!.introducedThrough).toEqual(['express', 'body-parser']);
  });
  it('package-lock v1: nested dependencies with their parents as the path', async () => {
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } }, c: { version: 'npm:d@3.0.0', dev: true } } }, null, 2);
    const r = await parse({ 'package-lock.json': v1 }, 'package-lock.json', 'package-lock');
    expect(brief(r)).toEqual(['a@1.0.0:4:direct', 'b@2.0.0:7', 'd@3.0.0:12:direct:dev']);
    expect(r.output!.packages[1]!.introducedThrough).toEqual(['a']);
  });
  it('pnpm-lock v9 and v5 keys, importers for direct and dev', async () => {
    const v9 = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      lodash:\n        specifier: ^4\n        version: 4.17.20\n    devDependencies:\n      vitest:\n        specifier: ^1\n        version: 1.0.0\npackages:\n\n  lodash@4.17.20:\n    resolution: {integrity: sha512-x}\n\n  '@scope/pkg@1.2.3':\n    resolution: {integrity: sha512-y}\n\n  vitest@1.0.0:\n    resolution: {integrity: sha512-z}\n";
    expect(brief(await parse({ 'pnpm-lock.yaml': v9 }, 'pnpm-lock.yaml', 'pnpm-lock'))).toEqual(['lodash@4.17.20:14:direct', '@scope/pkg@1.2.3:17', 'vitest@1.0.0:20:direct:dev']);
    const v5 = 'lockfileVersion: 5.4\npackages:\n  /@babel/core/7.1.0_eslint@8.0.0:\n    dev: true\n  /ms/2.1.3:\n    dev: false\n';
    expect(brief(await parse({ 'pnpm-lock.yaml': v5 }, 'pnpm-lock.yaml', 'pnpm-lock'))).toEqual(['@babel/core@7.1.0:3:dev', 'ms@2.1.3:5']);
  });
  it('yarn.lock v1 and berry, one entry per resolved version', async () => {
    const v1 = '# yarn lockfile v1\n\n\nlodash@^4.17.0, lodash@^4.17.20:\n  version "4.17.20"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.20.tgz"\n\n"@babel/core@^7.0.0":\n  version "7.1.0"\n';
    expect(brief(await parse({ 'yarn.lock': v1 }, 'yarn.lock', 'yarn-lock'))).toEqual(['lodash@4.17.20:4', '@babel/core@7.1.0:8']);
    const berry = '__metadata:\n  version: 8\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  linkType: soft\n\n"lodash@npm:^4.17.0":\n  version: 4.17.20\n  resolution: "lodash@npm:4.17.20"\n  linkType: hard\n';
    expect(brief(await parse({ 'yarn.lock': berry }, 'yarn.lock', 'yarn-lock'))).toEqual(['lodash@4.17.20:8']);
  });
});

import { posix } from 'node:path';
import { inputError, isMlguardError, type FileSystem } from '@mlguard/core';
import type { Discovered, ManifestKind } from './discover.js';
import type { ParseContext, ParseOutput } from './model.js';
import { pep503 } from './osv/names.js';
import { parseCondaEnv } from './parsers/conda.js';
import { parseNotebook } from './parsers/notebook.js';
import { parsePackageLock, parsePnpmLock, parseYarnLock } from './parsers/npm-locks.js';
import { parsePdmLock, parsePipfileLock, parsePoetryLock, parsePylock, parsePyproject, parseUvLock } from './parsers/python-locks.js';
import { parseRequirements } from './parsers/requirements.js';
import { loadPep508 } from './parsers/pep508.js';
import { arr, obj, readToml } from './parsers/toml-blocks.js';

/** Files larger than this are refused with a clear error (a 100 MB "lockfile" is not one). */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

type Parser = (text: string, ctx: ParseContext) => ParseOutput | Promise<ParseOutput>;

const PARSERS: Record<ManifestKind, Parser> = {
  requirements: (t, c) => parseRequirements(t, c),
  'poetry-lock': parsePoetryLock,
  'uv-lock': parseUvLock,
  'pipfile-lock': parsePipfileLock,
  pylock: parsePylock,
  'pdm-lock': parsePdmLock,
  pyproject: parsePyproject,
  conda: parseCondaEnv,
  notebook: parseNotebook,
  'package-lock': parsePackageLock,
  'pnpm-lock': parsePnpmLock,
  'yarn-lock': parseYarnLock,
};

export async function readManifest(fs: FileSystem, path: string): Promise<string> {
  const st = await fs.stat(path);
  if (!st?.isFile) throw inputError('not a readable file', { file: path });
  if (st.size > MAX_MANIFEST_BYTES) throw inputError(`file is ${Math.round(st.size / 1048576)} MB, above the ${MAX_MANIFEST_BYTES / 1048576} MB limit for a manifest or lockfile; skipped`, { file: path, hint: 'exclude it if it is not a real lockfile' });
  const buf = await fs.readFile(path);
  // Binary garbage: a NUL byte never appears in a text manifest.
  const nul = buf.indexOf(0);
  if (nul >= 0) throw inputError('binary content where a text manifest was expected', { file: path, line: buf.subarray(0, nul).toString('latin1').split('\n').length });
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** Direct-dependency names a sibling manifest declares, for lockfiles that do not record them. */
async function siblingDirectNames(fs: FileSystem, lockPath: string, kind: ManifestKind): Promise<{ runtime: Set<string>; dev: Set<string> } | undefined> {
  const dir = posix.dirname(lockPath);
  const at = (f: string) => (dir === '.' ? f : `${dir}/${f}`);
  const runtime = new Set<string>();
  const dev = new Set<string>();
  try {
    if (kind === 'yarn-lock' || kind === 'package-lock' || kind === 'pnpm-lock') {
      if (!(await fs.stat(at('package.json')))) return undefined;
      const pj = obj(JSON.parse(await fs.readText(at('package.json'))));
      for (const k of ['dependencies', 'optionalDependencies', 'peerDependencies']) for (const n of Object.keys(obj(pj[k]))) runtime.add(n);
      for (const n of Object.keys(obj(pj.devDependencies))) dev.add(n);
      return { runtime, dev };
    }
    if (kind === 'poetry-lock' || kind === 'pdm-lock' || kind === 'pylock') {
      if (!(await fs.stat(at('pyproject.toml')))) return undefined;
      const doc = readToml(await fs.readText(at('pyproject.toml')), at('pyproject.toml'));
      const name = (s: unknown) => (typeof s === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(s)?.[1] : undefined);
      const project = obj(doc.project);
      for (const d of arr(project.dependencies)) if (name(d)) runtime.add(pep503(name(d)!));
      for (const ds of Object.values(obj(project['optional-dependencies']))) for (const d of arr(ds)) if (name(d)) runtime.add(pep503(name(d)!));
      for (const ds of Object.values(obj(doc['dependency-groups']))) for (const d of arr(ds)) if (name(d)) dev.add(pep503(name(d)!));
      const poetry = obj(obj(doc.tool).poetry);
      for (const n of Object.keys(obj(poetry.dependencies))) if (n !== 'python') runtime.add(pep503(n));
      for (const n of Object.keys(obj(poetry['dev-dependencies']))) dev.add(pep503(n));
      for (const g of Object.values(obj(poetry.group))) for (const n of Object.keys(obj(obj(g).dependencies))) dev.add(pep503(n));
      return { runtime, dev };
    }
    if (kind === 'pipfile-lock') {
      if (!(await fs.stat(at('Pipfile')))) return undefined;
      const doc = readToml(await fs.readText(at('Pipfile')), at('Pipfile'));
      for (const n of Object.keys(obj(doc.packages))) runtime.add(pep503(n));
      for (const n of Object.keys(obj(doc['dev-packages']))) dev.add(pep503(n));
      return { runtime, dev };
    }
  } catch {
    return undefined; // a broken manifest is reported when it is scanned itself
  }
  return undefined;
}

export interface FileOutcome {
  file: Discovered;
  output?: ParseOutput;
  error?: { message: string; line?: number; hint?: string };
}

export async function parseFile(fs: FileSystem, d: Discovered): Promise<FileOutcome> {
  try {
    const text = await readManifest(fs, d.path);
    const ctx: ParseContext = {
      file: d.path,
      readText: async (p) => {
        if (!(await fs.stat(p))) return undefined;
        return readManifest(fs, p);
      },
    };
    if (d.kind === 'requirements' || d.kind === 'pyproject' || d.kind === 'conda' || d.kind === 'notebook' || d.kind === 'poetry-lock' || d.kind === 'pdm-lock' || d.kind === 'pylock') await loadPep508();
    const output = await PARSERS[d.kind](text, ctx);
    const siblings = await siblingDirectNames(fs, d.path, d.kind);
    if (siblings) {
      for (const p of output.packages) {
        const n = p.ecosystem === 'PyPI' ? pep503(p.name) : p.name;
        if (siblings.runtime.has(n) || siblings.dev.has(n)) p.direct = true;
        if (siblings.dev.has(n) && !siblings.runtime.has(n) && d.kind !== 'package-lock') p.dev = p.dev || d.kind === 'yarn-lock' || d.kind === 'pylock';
      }
    }
    return { file: d, output };
  } catch (e) {
    if (isMlguardError(e)) return { file: d, error: { message: e.message, line: e.line, hint: e.hint } };
    // A parser library failing on hostile input (stack overflow on deep nesting, ...) is still an input problem.
    return { file: d, error: { message: `cannot parse: ${(e as Error).message?.split('\n')[0] ?? String(e)}` } };
  }
}

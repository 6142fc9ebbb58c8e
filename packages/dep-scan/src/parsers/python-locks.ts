import type { DepPackage, ParseContext, ParseOutput } from '../model.js';
import { pep503 } from '../osv/names.js';
import { analyseGraph } from './graph.js';
import { parseRequirement } from './pep508.js';
import { arr, blockNameLines, obj, readToml, str } from './toml-blocks.js';
import { inputError } from '@mlguard/core';
import { jsonErrorLine, LineFinder } from './lines.js';

/** poetry.lock (1.x `category`, 2.x `groups`), uv.lock, pdm.lock, pylock.toml, Pipfile.lock. */

export function parsePoetryLock(text: string, ctx: ParseContext): ParseOutput {
  const doc = readToml(text, ctx.file);
  const lines = blockNameLines(text, 'package');
  const out: ParseOutput = { packages: [], notes: [] };
  arr(doc.package).forEach((p, i) => {
    const o = obj(p);
    const name = str(o.name);
    if (!name) return;
    const source = obj(o.source);
    const type = str(source.type);
    const groups = arr(o.groups).filter((g): g is string => typeof g === 'string');
    const dev = str(o.category) === 'dev' || (groups.length > 0 && !groups.includes('main'));
    const pkg: DepPackage = { ecosystem: 'PyPI', name, version: str(o.version), file: ctx.file, line: lines[i], direct: false, dev, source: type === 'git' ? 'git' : type === 'directory' || type === 'file' ? 'path' : type === 'url' ? 'url' : 'registry' };
    out.packages.push(pkg);
  });
  return out;
}

export function parseUvLock(text: string, ctx: ParseContext): ParseOutput {
  const doc = readToml(text, ctx.file);
  const lines = blockNameLines(text, 'package');
  const list = arr(doc.package).map(obj);
  // The project itself is the package whose source is virtual or editable "."; its deps are direct.
  const key = (o: Record<string, unknown>) => `${pep503(str(o.name) ?? '')}@${str(o.version) ?? ''}`;
  const byName = new Map<string, string[]>();
  for (const o of list) byName.set(pep503(str(o.name) ?? ''), [...(byName.get(pep503(str(o.name) ?? '')) ?? []), key(o)]);
  const edges = new Map<string, string[]>();
  const depKeys = (deps: unknown[]) =>
    deps.flatMap((d) => {
      const o = obj(d);
      const n = pep503(str(o.name) ?? '');
      const v = str(o.version);
      const cands = byName.get(n) ?? [];
      return v ? cands.filter((c) => c === `${n}@${v}`) : cands;
    });
  const roots: Record<string, unknown>[] = [];
  for (const o of list) {
    edges.set(key(o), depKeys(arr(o.dependencies)));
    const src = obj(o.source);
    if (src.virtual === '.' || src.editable === '.') roots.push(o);
  }
  const runtimeRoots: string[] = [];
  const devRoots: string[] = [];
  for (const r of roots) {
    runtimeRoots.push(...depKeys(arr(r.dependencies)));
    for (const deps of Object.values(obj(r['optional-dependencies']))) runtimeRoots.push(...depKeys(arr(deps)));
    for (const deps of Object.values(obj(r['dev-dependencies']))) devRoots.push(...depKeys(arr(deps)));
  }
  const g = roots.length ? analyseGraph({ edges, runtimeRoots, devRoots }) : undefined;
  const out: ParseOutput = { packages: [], notes: [] };
  list.forEach((o, i) => {
    const name = str(o.name);
    if (!name || roots.includes(o)) return;
    const src = obj(o.source);
    const source: DepPackage['source'] = src.registry ? 'registry' : src.git ? 'git' : src.editable || src.path || src.directory ? 'path' : src.url ? 'url' : src.virtual ? 'path' : 'registry';
    const k = key(o);
    const path = g?.pathTo.get(k)?.map((p) => p.split('@')[0]!);
    out.packages.push({ ecosystem: 'PyPI', name, version: str(o.version), file: ctx.file, line: lines[i], direct: g ? g.direct.has(k) : false, dev: g ? g.devOnly.has(k) : false, source, ...(path?.length ? { introducedThrough: path } : {}) });
  });
  return out;
}

export function parsePdmLock(text: string, ctx: ParseContext): ParseOutput {
  const doc = readToml(text, ctx.file);
  const lines = blockNameLines(text, 'package');
  const out: ParseOutput = { packages: [], notes: [] };
  arr(doc.package).forEach((p, i) => {
    const o = obj(p);
    const name = str(o.name);
    if (!name) return;
    const groups = arr(o.groups).filter((g): g is string => typeof g === 'string');
    const source: DepPackage['source'] = o.git ? 'git' : o.path ? 'path' : o.url ? 'url' : 'registry';
    out.packages.push({ ecosystem: 'PyPI', name, version: str(o.version), file: ctx.file, line: lines[i], direct: false, dev: groups.length > 0 && !groups.includes('default'), source });
  });
  return out;
}

export function parsePylock(text: string, ctx: ParseContext): ParseOutput {
  const doc = readToml(text, ctx.file);
  const lines = blockNameLines(text, 'packages');
  const out: ParseOutput = { packages: [], notes: [] };
  arr(doc.packages).forEach((p, i) => {
    const o = obj(p);
    const name = str(o.name);
    if (!name) return;
    const source: DepPackage['source'] = o.vcs ? 'git' : o.directory ? 'path' : o.archive ? 'url' : 'registry';
    const pkg: DepPackage = { ecosystem: 'PyPI', name, version: str(o.version), file: ctx.file, line: lines[i], direct: false, dev: false, source };
    if (str(o.marker)) pkg.marker = str(o.marker);
    out.packages.push(pkg);
  });
  return out;
}

export function parsePipfileLock(text: string, ctx: ParseContext): ParseOutput {
  let doc: Record<string, unknown>;
  try {
    doc = obj(JSON.parse(text));
  } catch (e) {
    throw inputError(`not valid JSON: ${(e as Error).message.split('\n')[0]}`, { file: ctx.file, line: jsonErrorLine(text, e), hint: 'regenerate it with `pipenv lock`' });
  }
  const lf = new LineFinder(text);
  const out: ParseOutput = { packages: [], notes: [] };
  for (const [group, dev] of [['default', false], ['develop', true]] as const) {
    const sectionAt = lf.find(`"${group}"`)?.offset ?? 0;
    for (const [name, v] of Object.entries(obj(doc[group]))) {
      const o = obj(v);
      const version = str(o.version);
      const line = lf.find(`"${name}"`, sectionAt)?.line;
      const source: DepPackage['source'] = o.git ? 'git' : o.path ? 'path' : o.file ? 'url' : o.editable ? 'editable' : 'registry';
      const pkg: DepPackage = { ecosystem: 'PyPI', name, file: ctx.file, line, direct: false, dev, source };
      if (version?.startsWith('==')) pkg.version = version.slice(2);
      else if (version && version !== '*') pkg.spec = version;
      if (str(o.markers)) pkg.marker = str(o.markers);
      out.packages.push(pkg);
    }
  }
  return out;
}

/** pyproject.toml: PEP 621 `[project]` dependencies and optional-dependencies, plus Poetry's tables. */
export function parsePyproject(text: string, ctx: ParseContext): ParseOutput {
  const doc = readToml(text, ctx.file);
  const lf = new LineFinder(text);
  const out: ParseOutput = { packages: [], notes: [] };
  const add = (spec: string, dev: boolean) => {
    let r;
    const at = lf.find(JSON.stringify(spec).slice(0, -1)) ?? lf.find(`'${spec}`) ?? lf.find(spec);
    try {
      r = parseRequirement(spec);
    } catch (e) {
      out.notes.push({ kind: 'parse-error', file: ctx.file, line: at?.line, message: `not a valid requirement: "${spec}" (${(e as Error).message})`, key: spec });
      return;
    }
    if (r.url) {
      out.notes.push({ kind: 'unscannable', file: ctx.file, line: at?.line, message: `"${r.name}" is installed from a URL: no registry version to check.`, key: spec });
      return;
    }
    const pkg: DepPackage = { ecosystem: 'PyPI', name: r.name, file: ctx.file, line: at?.line, direct: true, dev, source: 'registry' };
    if (r.pinned) pkg.version = r.pinned;
    else pkg.spec = r.spec;
    out.packages.push(pkg);
  };
  const project = obj(doc.project);
  for (const d of arr(project.dependencies)) if (typeof d === 'string') add(d, false);
  for (const [group, deps] of Object.entries(obj(project['optional-dependencies']))) for (const d of arr(deps)) if (typeof d === 'string') add(d, /^(dev|test|tests|lint|docs)$/i.test(group));
  for (const [, deps] of Object.entries(obj(doc['dependency-groups']))) for (const d of arr(deps)) if (typeof d === 'string') add(d, true);
  // Poetry's own tables: `name = "^1.2"` (Poetry syntax) or `{ version = "1.2.3", ... }`.
  const poetry = obj(obj(doc.tool).poetry);
  const addPoetry = (table: Record<string, unknown>, dev: boolean) => {
    for (const [name, v] of Object.entries(table)) {
      if (name === 'python') continue;
      const o = obj(v);
      const spec = typeof v === 'string' ? v : str(o.version);
      const line = lf.find(`\n${name} =`)?.line ?? lf.find(`\n"${name}" =`)?.line;
      const source: DepPackage['source'] = o.git ? 'git' : o.path ? 'path' : o.url ? 'url' : 'registry';
      const exact = spec && /^(==)?\s*\d[\w.!+-]*$/.test(spec.trim()) ? spec.replace(/^==\s*/, '').trim() : undefined;
      const pkg: DepPackage = { ecosystem: 'PyPI', name, file: ctx.file, line: line !== undefined ? line + 1 : undefined, direct: true, dev, source };
      if (exact) pkg.version = exact;
      else pkg.spec = spec ?? '*';
      out.packages.push(pkg);
    }
  };
  addPoetry(obj(poetry.dependencies), false);
  addPoetry(obj(poetry['dev-dependencies']), true);
  for (const g of Object.values(obj(poetry.group))) addPoetry(obj(obj(g).dependencies), true);
  return out;
}

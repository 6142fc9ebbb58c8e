import { inputError } from '@mlguard/core';
import type { DepPackage, ParseContext, ParseOutput } from '../model.js';
import { analyseGraph } from './graph.js';
import { jsonErrorLine, LineFinder } from './lines.js';
import { obj, str } from './toml-blocks.js';
import { readYaml } from './yaml-safe.js';

/**
 * npm lockfiles, flat and fast (one pass, no full graph library on the hot path).
 * package-lock v2/v3 read `packages` (node_modules paths give nesting, `dev`/`optional` flags and
 * the edges for "introduced through"); v1 reads the nested `dependencies` tree.
 */

function parseJson(text: string, file: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw inputError(`not valid JSON: ${(e as Error).message.split('\n')[0]}`, { file, line: jsonErrorLine(text, e), hint: 'regenerate it with `npm install --package-lock-only`' });
  }
  if (doc === null) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw inputError('not a package-lock.json (expected a JSON object)', { file, line: 1 });
  return doc as Record<string, unknown>;
}

// Real lockfiles nest a few dozen levels; deeper is hostile input and would exhaust the stack.
const MAX_V1_DEPTH = 200;

const nameFromPath = (p: string) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length);

function sourceOf(resolved: string | undefined, version: string | undefined): DepPackage['source'] {
  const r = resolved ?? version ?? '';
  if (/^(git\+|git:|github:)/.test(r) || r.includes('.git#')) return 'git';
  if (r.startsWith('file:')) return 'path';
  return 'registry';
}

export function parsePackageLock(text: string, ctx: ParseContext): ParseOutput {
  const doc = parseJson(text, ctx.file);
  const lf = new LineFinder(text);
  const out: ParseOutput = { packages: [], notes: [] };
  const packages = obj(doc.packages);
  if (Object.keys(packages).length) {
    // Resolve each dependency name the way Node does: nearest node_modules up the path.
    const resolve = (from: string, dep: string): string | undefined => {
      let base = from;
      for (;;) {
        const cand = `${base ? `${base}/` : ''}node_modules/${dep}`;
        if (packages[cand]) return cand;
        if (!base) return undefined;
        const i = base.lastIndexOf('/node_modules/');
        base = i < 0 ? '' : base.slice(0, i);
      }
    };
    const edges = new Map<string, string[]>();
    for (const [p, v] of Object.entries(packages)) {
      const o = obj(v);
      const deps = [...Object.keys(obj(o.dependencies)), ...Object.keys(obj(o.optionalDependencies)), ...Object.keys(obj(o.peerDependencies))];
      edges.set(p, deps.map((d) => resolve(p, d)).filter((x): x is string => !!x));
    }
    const root = obj(packages['']);
    const runtimeRoots = [...Object.keys(obj(root.dependencies)), ...Object.keys(obj(root.optionalDependencies))].map((d) => resolve('', d)).filter((x): x is string => !!x);
    const devRoots = Object.keys(obj(root.devDependencies)).map((d) => resolve('', d)).filter((x): x is string => !!x);
    const g = analyseGraph({ edges, runtimeRoots, devRoots });
    const keyLine = lf.keyLines(/^\s*"([^"\n]*node_modules\/[^"\n]+)"\s*:\s*\{/m);
    for (const [p, v] of Object.entries(packages)) {
      if (!p || !p.includes('node_modules/')) continue; // the root and workspace folders
      const o = obj(v);
      if (o.link === true) continue;
      const name = str(o.name) ?? nameFromPath(p);
      const version = str(o.version);
      const at = { line: keyLine.get(p) };
      const path = g.pathTo.get(p)?.map(nameFromPath);
      const dev = o.dev === true || (o.devOptional === true && g.devOnly.has(p));
      out.packages.push({ ecosystem: 'npm', name, version, file: ctx.file, line: at?.line, direct: g.direct.has(p), dev, source: sourceOf(str(o.resolved), version), ...(path?.length ? { introducedThrough: path } : {}) });
    }
    return out;
  }
  // lockfileVersion 1: nested dependencies objects.
  const walk = (deps: Record<string, unknown>, trail: string[], from: number) => {
    if (trail.length > MAX_V1_DEPTH) throw inputError(`dependencies nested deeper than ${MAX_V1_DEPTH} levels`, { file: ctx.file, line: lf.lineOf(from) });
    for (const [name, v] of Object.entries(deps)) {
      const o = obj(v);
      let version = str(o.version);
      // Aliases: "version": "npm:real-name@1.2.3"
      let realName = name;
      const alias = version ? /^npm:(@?[^@]+)@(.+)$/.exec(version) : null;
      if (alias) {
        realName = alias[1]!;
        version = alias[2]!;
      }
      const at = lf.find(`"${name}": {`, from);
      out.packages.push({ ecosystem: 'npm', name: realName, version, file: ctx.file, line: at?.line, direct: trail.length === 0, dev: o.dev === true, source: sourceOf(str(o.resolved), version), ...(trail.length ? { introducedThrough: trail } : {}) });
      if (o.dependencies) walk(obj(o.dependencies), [...trail, realName], at?.offset ?? from);
    }
  };
  walk(obj(doc.dependencies), [], 0);
  return out;
}

/** pnpm-lock.yaml v5.x (`/name/1.0.0`), v6 (`/name@1.0.0`) and v9 (`name@1.0.0`, importers). */
export function parsePnpmLock(text: string, ctx: ParseContext): ParseOutput {
  const raw = readYaml(text, ctx.file);
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) throw inputError('not a pnpm lockfile (expected a YAML mapping with lockfileVersion)', { file: ctx.file, line: 1 });
  const doc = obj(raw);
  const lf = new LineFinder(text);
  const out: ParseOutput = { packages: [], notes: [] };
  const packagesAt = lf.find('\npackages:')?.offset ?? 0;
  const importers = obj(doc.importers);
  const rootImporter = Object.keys(importers).length ? obj(importers['.'] ?? Object.values(importers)[0]) : doc;
  const directNames = new Set([...Object.keys(obj(rootImporter.dependencies)), ...Object.keys(obj(rootImporter.optionalDependencies))]);
  const devNames = new Set(Object.keys(obj(rootImporter.devDependencies)));
  const snapshots = obj(doc.snapshots);
  // Package keys sit at two spaces of indentation under `packages:` (quoted or not).
  const keyLine = lf.keyLines(/^ {2}['"]?([^'"\n]+?)['"]?:[ \t]*(?:\{\}|#.*)?$/m);
  for (const [key, v] of Object.entries(obj(doc.packages))) {
    const o = obj(v);
    const parsed = parsePnpmKey(key);
    const name = str(o.name) ?? parsed?.name;
    const version = str(o.version) ?? parsed?.version;
    if (!name || !version) {
      out.notes.push({ kind: 'unscannable', file: ctx.file, line: lf.find(key, packagesAt)?.line, message: `pnpm package key "${key}" names no registry version.`, key });
      continue;
    }
    const kl = keyLine.get(key);
    const at = kl !== undefined && lf.lineOf(packagesAt) <= kl ? { line: kl } : (lf.find(`${key}:`, packagesAt) ?? lf.find(key, packagesAt));
    const resolution = obj(o.resolution);
    const source: DepPackage['source'] = resolution.tarball && !/registry/.test(String(resolution.tarball)) ? 'url' : resolution.repo || resolution.commit ? 'git' : resolution.directory ? 'path' : 'registry';
    const snap = obj(snapshots[key]);
    const dev = o.dev === true || snap.dev === true || (devNames.has(name) && !directNames.has(name) && o.dev !== false);
    out.packages.push({ ecosystem: 'npm', name, version, file: ctx.file, line: at?.line, direct: directNames.has(name) || devNames.has(name), dev, source });
  }
  return out;
}

/** `/@scope/name/1.0.0_peer` (v5), `/name@1.0.0(peer@1)` (v6), `name@1.0.0` (v9), `registry.npmjs.org/name/1.0.0`. */
export function parsePnpmKey(key: string): { name: string; version: string } | undefined {
  let k = key.replace(/\(.*$/, '');
  if (/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(k)) {
    if (!k.startsWith('registry.')) return undefined; // tarballs and git hosts
    k = k.slice(k.indexOf('/'));
  }
  // v5: /name/version[_peers] or /@scope/name/version[_peers]
  const v5 = /^\/((?:@[^/]+\/)?[^/@]+)\/(\d[^/]*)$/.exec(k);
  if (v5) return { name: v5[1]!, version: v5[2]!.split('_')[0]! };
  // v6 and v9: [/]name@version or [/]@scope/name@version
  const v6 = /^\/?((?:@[^/@]+\/)?[^/@]+)@(.+)$/.exec(k);
  if (v6 && /^\d/.test(v6[2]!)) return { name: v6[1]!, version: v6[2]!.split('_')[0]! };
  return undefined;
}

/**
 * yarn.lock v1 and berry, read line by line (both put one entry per unindented header with an
 * indented `version`), so each package keeps the header line developers see in diffs.
 */
export function parseYarnLock(text: string, ctx: ParseContext): ParseOutput {
  const out: ParseOutput = { packages: [], notes: [] };
  const lines = text.split(/\r?\n/);
  const seen = new Set<string>();
  let header: { descriptors: string[]; line: number } | undefined;
  let version: string | undefined;
  let resolution: string | undefined;
  let soft = false;
  const flush = () => {
    if (!header) return;
    const first = header.descriptors[0]!;
    if (first === '__metadata') return;
    const target = resolution ?? first;
    const m = /^(@?[^@]+)(?:@(.*))?$/.exec(target);
    if (!m) {
      out.notes.push({ kind: 'parse-error', file: ctx.file, line: header.line, message: `yarn entry "${first}" has no package name`, key: first });
      return;
    }
    let name = m[1]!;
    const proto = m[2] ?? '';
    // v1 alias: "alias@npm:real@^1"
    const alias = /^npm:(@?[^@]+)@/.exec(proto);
    if (alias && !resolution) name = alias[1]!;
    if (soft || /^(workspace|link|portal):/.test(proto)) return;
    if (!version) {
      out.notes.push({ kind: 'unknown-version', file: ctx.file, line: header.line, message: `yarn entry "${first}" has no version`, key: first });
      return;
    }
    const source: DepPackage['source'] = /^(git|github|https?:.*\.git|git\+)/.test(proto) || proto.includes('#commit=') ? 'git' : /^(file|patch:.*file)/.test(proto) ? 'path' : /^https?:/.test(proto) ? 'url' : 'registry';
    const key = `${name}@${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.packages.push({ ecosystem: 'npm', name, version, file: ctx.file, line: header.line, direct: false, dev: false, source });
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.trim() || l.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(l)) {
      flush();
      if (!l.endsWith(':')) throw inputError(`not a yarn.lock entry header: "${l.slice(0, 80)}"`, { file: ctx.file, line: i + 1 });
      header = { descriptors: l.slice(0, -1).split(/,\s*/).map((d) => d.trim().replace(/^"|"$/g, '')), line: i + 1 };
      version = resolution = undefined;
      soft = false;
      continue;
    }
    const kv = /^ {2}"?(\w+)"?:?\s+"?([^"]*)"?$/.exec(l);
    if (!kv) continue;
    if (kv[1] === 'version') version = kv[2];
    else if (kv[1] === 'resolution') resolution = kv[2];
    else if (kv[1] === 'linkType' && kv[2] === 'soft') soft = true;
  }
  flush();
  return out;
}


import { usageError, type EngineResult, type Finding, type Options, type Ports, type Severity, type Suppression, type ToolSpec } from '@mlguard/core';
import { discover, type Discovered } from './discover.js';
import { fileErrorFinding, noteFinding, typosquatFinding, unpinnedFinding, vulnerabilityFindings, type FindingPolicy } from './findings.js';
import { parseOsvScannerToml, pipAuditIgnores } from './ignores.js';
import type { DepPackage, ParseNote } from './model.js';
import { packageKey } from './osv/names.js';
import type { OsvRecord } from './osv/types.js';
import { parseFile } from './parse.js';
import { addIntroducedThrough } from './parsers/js-paths.js';
import { recordAffects } from './osv/match.js';
import { DEP_SCAN_OPTIONS } from './options.js';
import { OfflineSource } from './sources/offline.js';
import { OnlineSource } from './sources/online.js';
import { isUrl, localAdvisoryPath } from './sources/download.js';
import type { AdvisorySource, LookupRequest, SnapshotInfo } from './sources/types.js';
import { renderSummary } from './summary.js';

export { DEP_SCAN_OPTIONS } from './options.js';
export * from './public.js';

// The common options (fail-on, warn-only, baseline, ...) are the shared pipeline's, not redefined here.
export const depScanTool: ToolSpec = {
  tool: 'dep-scan',
  description: 'Known-vulnerable, malicious and typosquatted dependencies (PyPI, npm) from OSV advisories, with fix versions.',
  options: DEP_SCAN_OPTIONS,
  positional: 'paths',
  run: runDepScan,
};

export async function runDepScan(options: Options, ports: Ports): Promise<EngineResult> {
  const started = ports.clock.now().getTime();
  const paths = options.list('paths') ?? ['.'];
  const exclude = options.list('exclude') ?? [];
  const advisories = options.list('advisories') ?? [];
  const online = options.boolean('online') ?? false;
  if (!advisories.length && !online) {
    throw usageError('dep-scan needs advisory data: pass --advisories PATH (an OSV all.zip, a directory of OSV records or NDJSON) or enable online lookups (--online)', { hint: 'e.g. `advisories: [osv/PyPI-all.zip]` in the dep-scan section of .github/mlguard.yml' });
  }
  const scope = options.string('scope') ?? 'all';
  const policy: FindingPolicy = {
    unknownSeverity: (options.string('unknown-severity') ?? 'high') as Severity,
    unpinnedSeverity: (options.string('unpinned-severity') ?? 'low') as Severity,
    suppressions: await loadSuppressions(options, ports, paths),
  };

  const now = () => ports.clock.now().getTime();
  const timings: Record<string, number> = {};
  let mark = now();
  const lap = (name: string) => {
    const t = now();
    timings[name] = t - mark;
    mark = t;
  };
  const files = await discover({ fs: ports.fs, paths, exclude });
  const findings: Finding[] = [];
  const packages: DepPackage[] = [];
  const notes: ParseNote[] = [];
  let fileErrors = 0;
  for (const d of files) {
    const r = await parseFile(ports.fs, d);
    if (r.error) {
      fileErrors++;
      ports.log.warning(`${d.path}${r.error.line ? `:${r.error.line}` : ''}: ${r.error.message}`);
      findings.push(fileErrorFinding(d.path, r.error));
      continue;
    }
    packages.push(...r.output!.packages);
    notes.push(...r.output!.notes);
  }
  lap('discoverAndParseMs');
  // A pyproject.toml next to a lockfile only declares what the lockfile resolves: the lockfile is scanned.
  const lockDirs = new Set(files.filter((f) => /-lock$/.test(f.kind) || f.kind === 'pylock').map((f) => dirOf(f.path)));
  const kindOfFile = new Map(files.map((f) => [f.path, f.kind]));
  const inScope = packages.filter((p) => (scope === 'all' || !p.dev) && !(kindOfFile.get(p.file) === 'pyproject' && lockDirs.has(dirOf(p.file))));
  const pinnedKeys = new Set(inScope.filter((p) => p.version).map((p) => packageKey(p.ecosystem, p.name)));
  for (const p of inScope) {
    if (p.version || p.source !== 'registry') continue;
    if (pinnedKeys.has(packageKey(p.ecosystem, p.name)) && !/requirements/.test(p.file)) continue;
    findings.push(unpinnedFinding(p, policy.unpinnedSeverity));
  }
  for (const n of notes) findings.push(noteFinding(n));

  const scannable = inScope.filter((p) => p.version && (p.source ?? 'registry') === 'registry');
  const req: LookupRequest = { packages: new Map() };
  for (const p of scannable) {
    const key = packageKey(p.ecosystem, p.name);
    const e = req.packages.get(key) ?? { ecosystem: p.ecosystem, name: p.name, versions: new Set<string>() };
    e.versions.add(p.version!);
    req.packages.set(key, e);
  }
  const cacheDir = options.string('cache-dir');
  const sources: AdvisorySource[] = [];
  for (const entry of advisories) {
    const path = isUrl(entry) ? await localAdvisoryPath(entry, cacheDir, ports) : entry;
    sources.push(new OfflineSource({ fs: ports.fs, log: ports.log, path, cacheDir }));
  }
  if (online) sources.push(new OnlineSource({ fetch: ports.fetch, log: ports.log, baseUrl: options.string('osv-api-url') }));
  const byKey = new Map<string, Map<string, OsvRecord>>();
  for (const s of sources) {
    const got = await s.lookup(req);
    for (const [k, recs] of got) {
      const m = byKey.get(k) ?? new Map<string, OsvRecord>();
      // The newest copy of a record wins when two sources carry it.
      for (const r of recs) if (!m.has(r.id) || (r.modified ?? '') > (m.get(r.id)!.modified ?? '')) m.set(r.id, r);
      byKey.set(k, m);
    }
  }
  lap('advisoryLookupMs');
  const snapshots: SnapshotInfo[] = sources.map((s) => s.snapshot());
  const snapshotLabel = snapshots.map((s) => `${s.location} (${s.records} records${s.date ? `, ${s.date.slice(0, 10)}` : ''})`).join('; ');
  await addJsPaths(ports, files, scannable, byKey);
  let matched = 0;
  const seenPkg = new Set<string>();
  for (const p of scannable) {
    // The same package@version in one file is reported once (yarn lists one entry per range).
    const dedupe = `${p.file}|${packageKey(p.ecosystem, p.name)}@${p.version}`;
    if (seenPkg.has(dedupe)) continue;
    seenPkg.add(dedupe);
    const recs = [...(byKey.get(packageKey(p.ecosystem, p.name))?.values() ?? [])];
    const fs = vulnerabilityFindings(p, recs, policy, snapshotLabel);
    matched += fs.length;
    findings.push(...fs);
  }
  if (options.boolean('typosquat') ?? true) {
    const seen = new Set<string>();
    for (const p of inScope) {
      const k = `${p.file}|${packageKey(p.ecosystem, p.name)}`;
      if (seen.has(k) || (!p.direct && p.ecosystem === 'npm')) continue;
      seen.add(k);
      const f = typosquatFinding(p);
      if (f) findings.push(f);
    }
  }
  lap('matchAndReportMs');
  const perEcosystem: Record<string, number> = {};
  for (const p of scannable) perEcosystem[p.ecosystem] = (perEcosystem[p.ecosystem] ?? 0) + 1;
  const metrics = {
    files: files.length,
    filesByKind: countBy(files, (f) => f.kind),
    fileErrors,
    packages: packages.length,
    packagesInScope: inScope.length,
    packagesScanned: scannable.length,
    packagesPerEcosystem: perEcosystem,
    unpinned: inScope.filter((p) => !p.version && p.source === 'registry').length,
    advisoriesMatched: matched,
    scope,
    database: snapshots,
    durationMs: ports.clock.now().getTime() - started,
    timings,
  };
  // A file included from another (`-r requirements.txt`) yields the same findings twice: keep one.
  const seenFp = new Set<string>();
  const unique = findings.filter((f) => (seenFp.has(f.fingerprint) ? false : (seenFp.add(f.fingerprint), true)));
  return { target: paths.join(', '), findings: unique, metrics, summaryMarkdown: renderSummary(unique, snapshots) };
}

/** Paths for vulnerable packages of yarn/pnpm lockfiles (the graph library runs only when needed). */
async function addJsPaths(ports: Ports, files: Discovered[], scannable: DepPackage[], byKey: Map<string, Map<string, OsvRecord>>): Promise<void> {
  for (const f of files) {
    if (f.kind !== 'yarn-lock' && f.kind !== 'pnpm-lock') continue;
    const targets = scannable.filter((p) => p.file === f.path && !p.introducedThrough && [...(byKey.get(packageKey(p.ecosystem, p.name))?.values() ?? [])].some((r) => recordAffects(r, p.ecosystem, p.name, p.version!)));
    if (!targets.length) continue;
    const pj = `${dirOf(f.path) === '.' ? '' : `${dirOf(f.path)}/`}package.json`;
    if (!(await ports.fs.stat(pj))) continue;
    try {
      await addIntroducedThrough(f.kind, await ports.fs.readText(f.path), await ports.fs.readText(pj), targets);
    } catch (e) {
      ports.log.warning(`${f.path}: could not build the dependency graph for "introduced through" paths: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : p.slice(0, i);
}

function countBy<T>(xs: T[], f: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[f(x)] = (out[f(x)] ?? 0) + 1;
  return out;
}

async function loadSuppressions(options: Options, ports: Ports, paths: string[]): Promise<Suppression[]> {
  const out: Suppression[] = [...pipAuditIgnores(options.list('ignore-vulns') ?? [], options.source('ignore-vulns') ?? 'ignore-vulns')];
  const explicit = options.string('osv-scanner-config');
  const candidates = explicit ? [explicit] : [...new Set(paths.map((p) => `${p.replace(/\/$/, '')}/osv-scanner.toml`))];
  for (const c of candidates) {
    const st = await ports.fs.stat(c);
    if (!st?.isFile) {
      if (explicit) throw usageError(`osv-scanner config not found: ${c}`);
      continue;
    }
    out.push(...parseOsvScannerToml(await ports.fs.readText(c), c.replace(/^\.\//, '')));
  }
  return out;
}

export type { Discovered };

import { makeFinding, type Finding, type Severity, type Suppression } from '@mlguard/core';
import type { DepPackage, ParseNote } from './model.js';
import { minimalSafeUpgrade, earliestFix } from './osv/fix.js';
import { entriesFor, recordAffects } from './osv/match.js';
import { severityOf } from './osv/severity.js';
import type { OsvRecord } from './osv/types.js';
import { typosquatOf } from './checks/typosquat.js';
import { COMPARATORS } from './versions/index.js';

const TOOL = 'dep-scan' as const;

export interface FindingPolicy {
  unknownSeverity: Severity;
  unpinnedSeverity: Severity;
  suppressions: Suppression[];
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** Preferred id of an alias group: MAL first (the strongest claim), then PYSEC/GHSA, then the rest. */
function preferredId(ids: string[]): string {
  const order = (id: string) => (id.startsWith('MAL-') ? 0 : id.startsWith('PYSEC-') ? 1 : id.startsWith('GHSA-') ? 2 : id.startsWith('CVE-') ? 9 : 3);
  return [...ids].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0]!;
}

/** Records of one package that describe the same vulnerability (shared ids/aliases) become one group. */
export function groupByAlias(records: OsvRecord[]): OsvRecord[][] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  records.forEach((r, i) => {
    for (const id of [r.id, ...(r.aliases ?? [])]) {
      const o = owner.get(id);
      if (o === undefined) owner.set(id, i);
      else parent[find(i)] = find(o);
    }
  });
  const groups = new Map<number, OsvRecord[]>();
  records.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

function suppressionFor(ids: string[], policy: FindingPolicy): Suppression | undefined {
  return policy.suppressions.find((s) => ids.includes(s.id));
}

/** The record's summary, else the start of its details cut on a sentence or word boundary. */
function summarize(r: OsvRecord): string {
  const text = (r.summary ?? r.details ?? r.id).replace(/\s+/g, ' ').trim();
  if (text.length <= 200) return text.replace(/\.+$/, '');
  const cut = text.slice(0, 200);
  const sentence = cut.lastIndexOf('. ');
  return sentence > 60 ? cut.slice(0, sentence) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function vulnerabilityFindings(pkg: DepPackage, records: OsvRecord[], policy: FindingPolicy, snapshotLabel: string): Finding[] {
  const version = pkg.version!;
  const eco = pkg.ecosystem;
  const hits = records.filter((r) => recordAffects(r, eco, pkg.name, version));
  if (!hits.length) return [];
  const safe = minimalSafeUpgrade(eco, pkg.name, version, hits);
  const out: Finding[] = [];
  for (const group of groupByAlias(hits)) {
    const ids = [...new Set(group.flatMap((r) => [r.id, ...(r.aliases ?? [])]))];
    const id = preferredId(group.map((r) => r.id));
    const primary = group.find((r) => r.id === id)!;
    const malicious = group.some((r) => r.id.startsWith('MAL-'));
    let severity: Severity | undefined;
    let sev = severityOf(primary, primary.affected?.[0]);
    for (const r of group) {
      const s = severityOf(r, entriesFor(r, eco, pkg.name)[0]);
      if (s.severity && (!severity || RANK[s.severity] > RANK[severity])) {
        severity = s.severity;
        sev = s;
      }
    }
    const invalidVectors = group.flatMap((r) => severityOf(r).invalid);
    if (malicious) severity = 'critical';
    const unknown = !severity;
    severity ??= policy.unknownSeverity;
    const fix = group.map((r) => earliestFix(eco, pkg.name, version, r)).filter((f): f is string => !!f).sort(COMPARATORS[eco].compare)[0];
    const summary = summarize(primary);
    const through = pkg.introducedThrough?.length ? ` (transitive: introduced through ${[...pkg.introducedThrough, pkg.name].join(' > ')})` : pkg.direct ? '' : ' (transitive)';
    const fixText = malicious
      ? 'Remove it: every version of a malicious package is compromised; rotate any secrets the install could reach.'
      : fix
        ? `Fixed in ${fix}${safe && safe !== fix ? `; ${safe} fixes every advisory on ${pkg.name} ${version}` : ''}.`
        : 'No fix available.';
    const aliases = ids.filter((x) => x !== id);
    const message = `${pkg.name} ${version}${through} is affected by ${id}${aliases.length ? ` (${aliases.slice(0, 4).join(', ')})` : ''}: ${summary}. ${fixText}`;
    const suppression = suppressionFor(ids, policy);
    out.push(
      makeFinding({
        tool: TOOL,
        ruleId: id,
        severity,
        title: malicious ? `Malicious package ${pkg.name} ${version} (${id})` : `${pkg.name} ${version}: ${id}`,
        message,
        location: { path: pkg.file, ...(pkg.line ? { startLine: pkg.line } : {}) },
        help: { text: `${summary}\n\n${fixText}`, uri: `https://osv.dev/vulnerability/${id}` },
        aliases,
        logicalKey: `${pkg.ecosystem}/${pkg.name}@${version}:${id}`,
        properties: {
          category: malicious ? 'malicious' : 'vulnerability',
          ecosystem: eco,
          package: pkg.name,
          version,
          direct: pkg.direct,
          dev: pkg.dev,
          ...(pkg.introducedThrough?.length ? { introducedThrough: pkg.introducedThrough } : {}),
          fixedIn: fix ?? null,
          minimalSafeUpgrade: safe ?? null,
          severitySource: malicious ? 'malicious' : unknown ? 'unknown (policy)' : sev.source,
          ...(sev.score !== undefined ? { cvssScore: sev.score, cvssVector: sev.vector } : {}),
          ...(invalidVectors.length ? { invalidCvssVectors: invalidVectors } : {}),
          advisories: group.map((r) => r.id),
          snapshot: snapshotLabel,
          ...(pkg.marker ? { marker: pkg.marker } : {}),
        },
        ...(suppression ? { suppression } : {}),
      }),
    );
  }
  return out;
}

export function unpinnedFinding(pkg: DepPackage, severity: Severity): Finding {
  return makeFinding({
    tool: TOOL,
    ruleId: 'DEP-PIN-001',
    severity,
    title: `${pkg.name} is not pinned`,
    message: `${pkg.name}${pkg.spec ? ` ${pkg.spec}` : ''} is not pinned to one version, so the installed version (and its advisories) cannot be checked; pin it (==) or scan the lockfile that resolves it.`,
    location: { path: pkg.file, ...(pkg.line ? { startLine: pkg.line } : {}) },
    help: { text: 'Pin exact versions (pip-compile / uv pip compile / poetry lock) so that builds are reproducible and scannable.' },
    logicalKey: `${pkg.ecosystem}/${pkg.name}:unpinned`,
    properties: { ecosystem: pkg.ecosystem, package: pkg.name, spec: pkg.spec ?? '', direct: pkg.direct, dev: pkg.dev },
  });
}

export function typosquatFinding(pkg: DepPackage): Finding | undefined {
  const hit = typosquatOf(pkg.ecosystem, pkg.name);
  if (!hit) return undefined;
  return makeFinding({
    tool: TOOL,
    ruleId: 'DEP-TYPO-001',
    severity: 'medium',
    title: `${pkg.name} looks like ${hit.intended}`,
    message: `"${pkg.name}" ${hit.reason === 'one-edit' ? 'is one edit away from' : 'is a known confusable of'} the popular package "${hit.intended}": check it is the package you mean (typosquatting).`,
    location: { path: pkg.file, ...(pkg.line ? { startLine: pkg.line } : {}) },
    help: { text: `Typosquatted packages imitate popular names to run code at install time. If you meant ${hit.intended}, fix the name.` },
    logicalKey: `${pkg.ecosystem}/${pkg.name}:typo`,
    properties: { ecosystem: pkg.ecosystem, package: pkg.name, intended: hit.intended, reason: hit.reason },
  });
}

const NOTE_RULES: Record<ParseNote['kind'], { ruleId: string; severity: Severity; title: string }> = {
  'extra-index': { ruleId: 'DEP-CONF-001', severity: 'high', title: 'Extra package index (dependency confusion)' },
  unscannable: { ruleId: 'DEP-SCAN-001', severity: 'info', title: 'Requirement not scannable' },
  conda: { ruleId: 'DEP-CONDA-001', severity: 'info', title: 'conda package not covered by OSV' },
  'parse-error': { ruleId: 'DEP-PARSE-001', severity: 'medium', title: 'Malformed manifest entry' },
  'include-loop': { ruleId: 'DEP-PARSE-002', severity: 'low', title: 'Requirements include loop' },
  'unknown-version': { ruleId: 'DEP-VERSION-001', severity: 'low', title: 'Version not understood' },
};

export function noteFinding(n: ParseNote): Finding {
  const rule = NOTE_RULES[n.kind];
  const message =
    n.kind === 'extra-index'
      ? `--extra-index-url ${n.message} makes pip pick the highest version from any index: a public package with the same name as a private one wins (dependency confusion, as in the torchtriton incident). Use --index-url with one proxy index, or pin hashes.`
      : n.message;
  return makeFinding({
    tool: TOOL,
    ruleId: rule.ruleId,
    severity: rule.severity,
    title: rule.title,
    message,
    location: { path: n.file, ...(n.line ? { startLine: n.line } : {}) },
    help: { text: rule.title },
    logicalKey: n.key,
    properties: { kind: n.kind },
  });
}

export function fileErrorFinding(file: string, error: { message: string; line?: number; hint?: string }): Finding {
  return makeFinding({
    tool: TOOL,
    ruleId: 'DEP-PARSE-001',
    severity: 'medium',
    title: 'Manifest could not be read',
    message: `${error.message}${error.hint ? ` (${error.hint})` : ''}. Its dependencies were not scanned; the rest of the scan went on.`,
    location: { path: file, ...(error.line ? { startLine: error.line } : {}) },
    help: { text: 'Fix or regenerate the file, or exclude it.' },
    logicalKey: `file-error:${file}`,
    properties: { kind: 'file-error' },
  });
}

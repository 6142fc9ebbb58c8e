import type { Finding } from '@mlguard/core';
import type { SnapshotInfo } from './sources/types.js';

const esc = (s: string) => s.replace(/[|<>*_`[\]\\]/g, (c) => `\\${c}`);

/** Markdown for the job summary and PR comment: the upgrades to make, and which database said so. */
export function renderSummary(findings: Finding[], snapshots: SnapshotInfo[]): string {
  const vulns = findings.filter((f) => f.properties.category === 'vulnerability' || f.properties.category === 'malicious');
  const lines: string[] = [];
  if (vulns.length) {
    const byPkg = new Map<string, Finding[]>();
    for (const f of vulns) {
      const k = `${f.properties.package}@${f.properties.version}|${f.location?.path}`;
      byPkg.set(k, [...(byPkg.get(k) ?? []), f]);
    }
    lines.push('| package | version | where | advisories | upgrade to |', '|---|---|---|---|---|');
    // A PR comment holds 65,536 characters: the table lists the first MAX_ROWS packages.
    const MAX_ROWS = 60;
    let rows = 0;
    for (const fs of byPkg.values()) {
      if (++rows > MAX_ROWS) {
        lines.push(`| … ${byPkg.size - MAX_ROWS} more packages in the result file and SARIF | | | | |`);
        break;
      }
      const f = fs[0]!;
      const up = fs.some((x) => x.properties.category === 'malicious') ? 'remove (malicious)' : ((f.properties.minimalSafeUpgrade as string | null) ?? 'no fix available');
      const where = `${f.location?.path}${f.location?.startLine ? `:${f.location.startLine}` : ''}`;
      const ids = fs.slice(0, 8).map((x) => esc(x.ruleId)).join(', ') + (fs.length > 8 ? ` +${fs.length - 8}` : '');
      lines.push(`| ${esc(String(f.properties.package))} | ${esc(String(f.properties.version))} | ${esc(where)} | ${ids} | ${esc(up)} |`);
    }
    lines.push('');
  }
  for (const s of snapshots) {
    lines.push(`Advisory data: ${esc(s.location)} (${s.kind}, ${s.records} records${s.date ? `, newest ${s.date.slice(0, 10)}` : ''}${s.index ? `, ${s.index} index` : ''}${s.skipped ? `, ${s.skipped} skipped` : ''}).`);
  }
  if (snapshots.some((s) => /pypa/i.test(s.location))) lines.push('PyPI advisories from pypa/advisory-database, CC-BY-4.0.');
  return lines.join('\n');
}

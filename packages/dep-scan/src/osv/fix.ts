import { COMPARATORS, type Ecosystem } from '../versions/index.js';
import { fixVersionsAbove, recordAffects } from './match.js';
import type { OsvRecord } from './types.js';

/**
 * The smallest version that fixes every advisory hitting a package (pip-audit's approach):
 * candidates are the advisories' own fix versions above the current one, tried in ascending
 * order; the first that none of the records still affects wins. Without one: no fix available.
 */
export function minimalSafeUpgrade(eco: Ecosystem, name: string, version: string, records: OsvRecord[]): string | undefined {
  const cmp = COMPARATORS[eco];
  const candidates = new Set<string>();
  for (const r of records) {
    if (r.withdrawn) continue;
    for (const a of r.affected ?? []) for (const f of fixVersionsAbove(eco, version, a)) candidates.add(f);
  }
  const sorted = [...candidates].sort(cmp.compare);
  for (const c of sorted) if (!records.some((r) => recordAffects(r, eco, name, c))) return c;
  return undefined;
}

/** The smallest fix version above `version` this one record names for the package. */
export function earliestFix(eco: Ecosystem, name: string, version: string, record: OsvRecord): string | undefined {
  const cmp = COMPARATORS[eco];
  const fixes = (record.affected ?? []).flatMap((a) => fixVersionsAbove(eco, version, a)).sort(cmp.compare);
  return fixes.find((f) => !recordAffects(record, eco, name, f));
}

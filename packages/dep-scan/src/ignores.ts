import type { Suppression } from '@mlguard/core';
import { readToml, arr, obj, str } from './parsers/toml-blocks.js';

/**
 * Suppressions teams already have: OSV-Scanner's `osv-scanner.toml` `[[IgnoredVulns]]`
 * (id, ignoreUntil, reason) and pip-audit `--ignore-vuln` ids. They are attached to matching
 * findings as engine-found suppressions; the shared gate decides (reason and expiry rules).
 */
export function parseOsvScannerToml(text: string, file: string): Suppression[] {
  const doc = readToml(text, file);
  const lines = text.split('\n');
  const out: Suppression[] = [];
  for (const v of arr(doc.IgnoredVulns)) {
    const o = obj(v);
    const id = str(o.id);
    if (!id) continue;
    const until = o.ignoreUntil;
    let expires: string | undefined;
    if (until instanceof Date) expires = until.toISOString().slice(0, 10);
    else if (typeof until === 'string') expires = until.slice(0, 10);
    else if (until && typeof until === 'object' && 'toISOString' in until) expires = String((until as Date).toISOString()).slice(0, 10);
    const line = lines.findIndex((l) => l.includes(`"${id}"`) || l.includes(`'${id}'`)) + 1;
    out.push({ id, reason: str(o.reason) ?? '', ...(expires ? { expires } : {}), source: `${file}${line ? `:${line}` : ''}` });
  }
  return out;
}

export function pipAuditIgnores(ids: string[], source: string): Suppression[] {
  return ids.filter(Boolean).map((id) => ({ id, reason: 'imported from pip-audit --ignore-vuln', source }));
}

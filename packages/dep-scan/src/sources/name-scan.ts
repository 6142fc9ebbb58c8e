import { pep503 } from '../osv/names.js';

/**
 * Cheap pre-filter: the `"name": "..."` strings of a record's raw JSON, PEP 503-folded. It is a
 * superset of `affected[].package.name` (credits also have names), so a record whose names miss
 * every wanted package is never JSON-parsed; candidates are parsed and checked exactly.
 */
const NAME_RE = /"name"\s*:\s*"((?:[^"\\]|\\.){1,214})"/g;

export function namesIn(raw: string): string[] {
  const out: string[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(raw); m; m = NAME_RE.exec(raw)) {
    let n = m[1]!;
    if (n.includes('\\')) {
      try {
        n = JSON.parse(`"${n}"`) as string;
      } catch {
        continue;
      }
    }
    out.push(pep503(n));
  }
  return out;
}

/** The folded form wanted keys are compared in (ecosystem dropped: checked after parsing). */
export const foldKey = (key: string): string => pep503(key.slice(key.indexOf('/') + 1));

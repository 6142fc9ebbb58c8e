import { fromVector } from 'ae-cvss-calculator';
import { validate as validateV3, validateVectorV4 } from 'cvss4';
import { severityFromCvss, type Severity } from '@mlguard/core';
import type { OsvAffected, OsvRecord, OsvSeverity } from './types.js';

/**
 * Severity from the record's CVSS vectors, scored (ae-cvss-calculator) after a strict check
 * (cvss4's validators; a partial vector would otherwise silently score 0). Order of preference:
 * per-package severity over top-level, then CVSS v4 > v3 > v2, then the GHSA qualitative level.
 * Unknown stays unknown: the caller decides (fail closed by default).
 */

export interface ScoredSeverity {
  severity: Severity | undefined;
  score?: number;
  vector?: string;
  source: 'cvss-v4' | 'cvss-v3' | 'cvss-v2' | 'ghsa' | 'unknown';
  /** Vectors that were present but rejected. */
  invalid: string[];
}

const V2_METRICS = ['AV', 'AC', 'Au', 'C', 'I', 'A'];
const V2_RE = /^(?:\(?AV:[LAN]\/AC:[HML]\/Au:[MSN]\/C:[NPC]\/I:[NPC]\/A:[NPC](?:\/.*)?\)?)$/;

export function validVector(type: string, vector: string): boolean {
  try {
    if (type === 'CVSS_V4') return vector.startsWith('CVSS:4.0/') && validateVectorV4(vector).valid === true;
    if (type === 'CVSS_V3') {
      if (!/^CVSS:3\.[01]\//.test(vector)) return false;
      validateV3(vector);
      return true;
    }
    if (type === 'CVSS_V2') return V2_RE.test(vector) && V2_METRICS.every((m) => vector.includes(`${m}:`));
  } catch {
    return false;
  }
  return false;
}

export function scoreVector(vector: string): number | undefined {
  try {
    const s = fromVector(vector)?.calculateScores() as { base?: number; overall?: number } | undefined;
    const score = s?.base ?? s?.overall;
    return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
  } catch {
    return undefined;
  }
}

const GHSA_LEVELS: Record<string, Severity> = { LOW: 'low', MODERATE: 'medium', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' };
const SOURCE_OF: Record<string, ScoredSeverity['source']> = { CVSS_V4: 'cvss-v4', CVSS_V3: 'cvss-v3', CVSS_V2: 'cvss-v2' };

// Real databases reuse a few thousand distinct vectors across hundreds of thousands of records.
const vectorCache = new Map<string, number | undefined>();

function scoredVector(type: string, vector: string): number | undefined {
  const key = `${type} ${vector}`;
  if (vectorCache.has(key)) return vectorCache.get(key);
  const score = validVector(type, vector) ? scoreVector(vector) : undefined;
  if (vectorCache.size > 50_000) vectorCache.clear();
  vectorCache.set(key, score);
  return score;
}

export function severityOf(record: OsvRecord, entry?: OsvAffected): ScoredSeverity {
  const invalid: string[] = [];
  const lists: OsvSeverity[][] = [entry?.severity ?? [], record.severity ?? []];
  for (const list of lists) {
    for (const type of ['CVSS_V4', 'CVSS_V3', 'CVSS_V2']) {
      for (const s of list.filter((x) => x && x.type === type && typeof x.score === 'string')) {
        const score = scoredVector(type, s.score);
        if (score === undefined) {
          invalid.push(s.score);
          continue;
        }
        return { severity: severityFromCvss(score), score, vector: s.score, source: SOURCE_OF[type]!, invalid };
      }
    }
  }
  for (const ds of [entry?.database_specific, record.database_specific]) {
    const level = typeof ds?.severity === 'string' ? GHSA_LEVELS[ds.severity.toUpperCase()] : undefined;
    if (level) return { severity: level, source: 'ghsa', invalid };
  }
  return { severity: undefined, source: 'unknown', invalid };
}
